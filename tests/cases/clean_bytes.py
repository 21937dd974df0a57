# Bytes literals are their own type: they concatenate with bytes,
# have a length, index to ints, and convert to str only by decoding.
from typing import List


def checksum(data: bytes) -> int:
    total = 0
    for byte in data:
        total = (total + byte) % 256
    return total


def frame(payload: bytes) -> bytes:
    return b"\x02" + payload + b"\x03"


def chunks(data: bytes, size: int) -> List[bytes]:
    out: List[bytes] = []
    for start in range(0, len(data), size):
        out.append(data[start:start + size])
    return out


message = b"hello"
first: int = message[0]
text: str = message.decode()
print(checksum(message), frame(message), chunks(message, 2), first, text, len(b""))
