# hashlib: hash objects take bytes-like data and give bytes or hex digests;
# shake digests take a length.
import hashlib
from pathlib import Path


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()


def password_hash(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 100_000)


reveal_type(hashlib.md5(b"x", usedforsecurity=False).digest())  # N: Revealed type is "bytes"
reveal_type(hashlib.shake_256(b"x").hexdigest(16))  # N: Revealed type is "str"
digest = hashlib.new("sha1", b"data").hexdigest()
short = hashlib.blake2b(b"data", digest_size=8).hexdigest()
etag = hashlib.sha1(bytearray(b"x")).hexdigest()[:8]
supported = "sha256" in hashlib.algorithms_available
print(file_sha256(Path("x")), password_hash("pw", b"salt"), digest, short, etag, supported)
