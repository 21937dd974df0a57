# A variable first bound in one branch of an if or a try, and set to None in the other
# (else, except), becomes optional, as in mypy; elsewhere None is still an error.
import json
import os


def read_config(path: str) -> dict[str, object]:
    if os.path.exists(path):
        with open(path) as handle:
            text = handle.read()
    else:
        text = None
    reveal_type(text)  # N: Revealed type is "str | None"
    if text is None:
        return {}
    loaded = json.loads(text)
    return loaded if isinstance(loaded, dict) else {}


def parse_port(raw: str) -> int:
    try:
        port = int(raw)
    except ValueError:
        port = None
    reveal_type(port)  # N: Revealed type is "int | None"
    return port or 8080


def pick(names: list[str], fallback: bool) -> str:
    if names:
        chosen = names[0]
    if fallback:
        chosen = None  # E: Incompatible types in assignment (expression has type "None", variable has type "str")  [assignment]
    return chosen


def label(count: int) -> str:
    if count > 1:
        suffix = "s"
        return f"{count} item{suffix}"
    suffix = None  # E: Incompatible types in assignment (expression has type "None", variable has type "str")  [assignment]
    return "one item"


def first_line(path: str) -> str:
    for line in open(path):
        found = line
        break
    found = None  # E: Incompatible types in assignment (expression has type "None", variable has type "str")  [assignment]
    return ""
