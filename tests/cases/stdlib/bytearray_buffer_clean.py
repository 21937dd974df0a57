# bytearray as a parsing buffer: searching, slicing, slice assignment and deletion.
def parse(chunk: bytes) -> bytes:
    buffer = bytearray()
    buffer.extend(chunk)
    end = buffer.find(b"\r\n")
    head = bytes(buffer[:end])
    del buffer[: end + 2]
    buffer[:2] = b"ok"
    last = buffer.rindex(b"\n") if b"\n" in buffer else -1
    return head + bytes(buffer.strip()) + bytes([last & 0xFF])


print(parse(b"GET / HTTP/1.1\r\nHost: x\n"))
