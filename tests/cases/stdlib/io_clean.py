# io: StringIO and BytesIO stand in for text and binary files (sys.stdout,
# parameters typed TextIO or IO[str]), read back what was written, and the
# base classes can be subclassed.
import io
import sys
from typing import IO, BinaryIO, TextIO


def render(out: TextIO) -> None:
    out.write("header\n")
    print("row", file=out)


def checksum(data: BinaryIO) -> int:
    return sum(data.read())


def copy_lines(src: IO[str], dst: IO[str]) -> int:
    n = 0
    for line in src:
        dst.write(line)
        n += 1
    return n


class Counter(io.RawIOBase):
    def __init__(self) -> None:
        self.count = 0

    def writable(self) -> bool:
        return True


buffer = io.StringIO()
render(buffer)
reveal_type(buffer.getvalue())  # N: Revealed type is "str"
saved = sys.stdout
sys.stdout = io.StringIO()
sys.stdout = saved
blob = io.BytesIO(b"\x01\x02")
reveal_type(blob.getvalue())  # N: Revealed type is "bytes"
total = checksum(blob)
size: int = blob.getbuffer().nbytes
with io.StringIO("a\nb\n") as source:
    copied = copy_lines(source, buffer)
blob.seek(0, io.SEEK_END)
wrapped = io.TextIOWrapper(io.BytesIO(b"text"), encoding="utf-8")
text: str = wrapped.read()
print(total, size, copied, text, blob.tell(), Counter().writable(), io.DEFAULT_BUFFER_SIZE)
