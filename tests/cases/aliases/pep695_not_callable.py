# mypy-args: --python-version 3.12
# A `type` alias is an alias object at runtime: it cannot be called to build a value.
type Names = list[str]
type Scores = dict[str, int]
NameList = list[str]

names = Names()  # E: "TypeAliasType" not callable  [operator]
scores = Scores(alice=3)  # E: "TypeAliasType" not callable  [operator]
legacy = NameList(["ok"])
legacy.append("fine")
