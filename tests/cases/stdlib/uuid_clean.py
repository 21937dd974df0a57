# uuid: UUIDs are made from strings, ints or namespaces, compare and hash, and
# expose their forms as properties.
import uuid


def new_id() -> str:
    return uuid.uuid4().hex


def stable_id(name: str) -> uuid.UUID:
    return uuid.uuid5(uuid.NAMESPACE_URL, name)


u = uuid.UUID("12345678-1234-5678-1234-567812345678")
reveal_type(u.int)  # N: Revealed type is "int"
reveal_type(u.version)  # N: Revealed type is "int | None"
same = uuid.UUID(int=u.int) == u
raw: bytes = u.bytes
seen = {u: "first", uuid.uuid1(): "second"}
ordered = sorted(seen)
print(new_id(), stable_id("x").urn, same, raw, ordered, str(u), uuid.UUID(bytes=raw).hex)
