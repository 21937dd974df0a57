# The file object bound by `with open(...) as f` has a precise type:
# text-mode reads give str and binary-mode reads give bytes, so mixing
# them up is reported. write() returns the number of characters written.
# A manager needs __enter__ and __exit__ (__aenter__ and __aexit__ for
# `async with`), and an Optional one is reported member by member.
from typing import Optional


def header(path: str) -> bytes:
    with open(path) as f:
        return f.readline()  # E: Incompatible return value type (got "str", expected "bytes")  [return-value]


def size(path: str) -> int:
    with open(path, "rb") as f:
        content: str = f.read()  # E: Incompatible types in assignment (expression has type "bytes", variable has type "str")  [assignment]
    return len(content)


def save(path: str, count: int) -> str:
    with open(path, "w") as out:
        written: str = out.write(str(count))  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
    return written


def lines(path: str) -> list[int]:
    with open(path) as f:
        return f.readlines()  # E: Incompatible return value type (got "list[str]", expected "list[int]")  [return-value]


class Session:
    async def __aenter__(self) -> "Session":
        return self

    async def __aexit__(self, *args: object) -> None:
        return None


class Log:
    def __enter__(self) -> "Log":
        return self

    def __exit__(self, *args: object) -> None:
        return None


def sync_use(session: Session, maybe: Optional[Session]) -> None:
    with session as s:  # E: "Session" has no attribute "__enter__"; maybe "__aenter__"?  [attr-defined]  # E: "Session" has no attribute "__exit__"; maybe "__aexit__"?  [attr-defined]
        print(s)
    with Log() if maybe else None as log:  # E: Item "None" of "Log | None" has no attribute "__enter__"  [union-attr]  # E: Item "None" of "Log | None" has no attribute "__exit__"  [union-attr]
        print(log)


async def async_use() -> None:
    async with Log() as log:  # E: "Log" has no attribute "__aenter__"; maybe "__enter__"?  [attr-defined]  # E: "Log" has no attribute "__aexit__"; maybe "__exit__"?  [attr-defined]
        print(log)
