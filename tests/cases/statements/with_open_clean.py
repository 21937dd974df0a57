# A with statement binds the value returned by the context manager's
# __enter__. For open() in text mode that is a text file whose read()
# gives str and whose iteration yields str lines; binary mode gives bytes.


def count_lines(path: str) -> int:
    total = 0
    with open(path) as handle:
        for line in handle:
            total += len(line.rstrip("\n"))
    return total


def read_text(path: str) -> str:
    with open(path, "r", encoding="utf-8") as f:
        return f.read()


def read_bytes(path: str) -> bytes:
    with open(path, "rb") as f:
        data = f.read()
    return data[:10]


def copy(source: str, target: str) -> int:
    with open(source) as src, open(target, "w") as dst:
        return dst.write(src.read())


print(count_lines("a.txt"), read_text("a.txt"), read_bytes("a.bin"), copy("a", "b"))
