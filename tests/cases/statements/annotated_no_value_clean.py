# An annotation without a value declares a name's type before any
# assignment. Each branch may then assign a value of that type, and the
# declared type holds for every later use.
from typing import Optional


def describe(code: int) -> str:
    message: str
    if code == 0:
        message = "ok"
    elif code < 0:
        message = "failed"
    else:
        message = "code " + str(code)
    return message


def parse(raw: str) -> Optional[int]:
    result: Optional[int] = None
    if raw.isdigit():
        result = int(raw)
    return result


limit: float
limit = 3
limit = limit / 2
names: list[str] = []
names.append(describe(1))
print(parse("12"), limit, names)
