# The file object bound by `with open(...) as f` has a precise type:
# text-mode reads give str and binary-mode reads give bytes, so mixing
# them up is reported. write() returns the number of characters written.


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
