# The functions of the dataclasses module on dataclass instances.
import dataclasses
from dataclasses import asdict, astuple, dataclass, field, fields, is_dataclass


@dataclass
class Record:
    id: int
    title: str
    extra: dict[str, int] = field(default_factory=dict, compare=False, metadata={"doc": "x"})


record = Record(1, "first")
as_dict = asdict(record)
as_tuple = astuple(record)
names = [f.name for f in fields(record)]
copy = dataclasses.replace(record, title="second")
print(as_dict["title"], as_tuple[0], names, copy.title.title(), is_dataclass(record))
print(dataclasses.is_dataclass(Record), record == copy)
