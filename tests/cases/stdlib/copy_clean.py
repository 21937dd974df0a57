# copy: copy() and deepcopy() return what they are given.
import copy

template = {"name": "", "tags": ["a"]}
record = copy.deepcopy(template)
record["name"] = "x"
reveal_type(record)  # N: Revealed type is "dict[str, typing.Sequence[str]]"
shallow = copy.copy([1, 2, 3])
reveal_type(shallow)  # N: Revealed type is "list[int]"
memo: dict[int, object] = {}
again = copy.deepcopy(shallow, memo)
print(template, record, shallow, again)
