# bytes.decode() returns a str and bytes.hex() a str of hex digits, while
# bytes.join() glues byte strings into new bytes. Indexing bytes gives an
# int and slicing gives bytes.
from typing import List


def to_text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def fingerprint(data: bytes) -> str:
    return data.hex().upper()


def spaced_hex(data: bytes) -> str:
    return data.hex(" ")


def frame(chunks: List[bytes]) -> bytes:
    return b"|".join(chunks) + b"\n"


def checksum(data: bytes) -> int:
    total = 0
    for byte in data:
        total = (total + byte) % 256
    return total


def header(data: bytes) -> bytes:
    return data[:4] if data[0] == 0x7F else b""


print(to_text(b"hi"), fingerprint(b"\x01"), spaced_hex(b"ab"), frame([b"a", b"b"]), checksum(b"abc"), header(b"\x7fELF"))
