# An optional dependency imported in a `try` and set to None when missing
# keeps its module type: the None assignment is the error (usually ignored),
# and code using the module is checked against it.
from collections.abc import Mapping

try:
    import json
except ImportError:
    json = None  # E: Incompatible types in assignment (expression has type "None", variable has type Module)  [assignment]

try:
    import csv
except ImportError:
    csv = None  # type: ignore[assignment]


def dump(value: object) -> str:
    reveal_type(json)  # N: Revealed type is "types.ModuleType"
    return json.dumps(value) + str(csv.QUOTE_ALL)


class Settings(dict[str, str]):
    pass


Mapping.register(Settings)
# A comprehension's own variable may take a module's name.
by_name = {name: json for json, name in [("a", "b")]}
reveal_type(by_name)  # N: Revealed type is "dict[str, str]"
