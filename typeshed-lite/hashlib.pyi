# typeshed-lite: the hashlib module. The constructors are OpenSSL's, as at run time
# (hashlib.sha256 is _hashlib.openssl_sha256), and so are the names in messages.

from collections.abc import Buffer
from typing import AbstractSet, Any

class HASH:
    @property
    def digest_size(self) -> int: ...
    @property
    def block_size(self) -> int: ...
    @property
    def name(self) -> str: ...
    def copy(self) -> HASH: ...
    def digest(self) -> bytes: ...
    def hexdigest(self) -> str: ...
    def update(self, obj: Buffer, /) -> None: ...

class HASHXOF:
    @property
    def digest_size(self) -> int: ...
    @property
    def block_size(self) -> int: ...
    @property
    def name(self) -> str: ...
    def copy(self) -> HASHXOF: ...
    def digest(self, length: int) -> bytes: ...
    def hexdigest(self, length: int) -> str: ...
    def update(self, obj: Buffer, /) -> None: ...

_Hash = HASH

algorithms_guaranteed: AbstractSet[str]
algorithms_available: AbstractSet[str]

def new(name: str, data: Buffer = b"", *, usedforsecurity: bool = True) -> HASH: ...
def openssl_md5(string: Buffer = b"", *, usedforsecurity: bool = True) -> HASH: ...
md5 = openssl_md5
def openssl_sha1(string: Buffer = b"", *, usedforsecurity: bool = True) -> HASH: ...
sha1 = openssl_sha1
def openssl_sha224(string: Buffer = b"", *, usedforsecurity: bool = True) -> HASH: ...
sha224 = openssl_sha224
def openssl_sha256(string: Buffer = b"", *, usedforsecurity: bool = True) -> HASH: ...
sha256 = openssl_sha256
def openssl_sha384(string: Buffer = b"", *, usedforsecurity: bool = True) -> HASH: ...
sha384 = openssl_sha384
def openssl_sha512(string: Buffer = b"", *, usedforsecurity: bool = True) -> HASH: ...
sha512 = openssl_sha512
def openssl_sha3_224(string: Buffer = b"", *, usedforsecurity: bool = True) -> HASH: ...
sha3_224 = openssl_sha3_224
def openssl_sha3_256(string: Buffer = b"", *, usedforsecurity: bool = True) -> HASH: ...
sha3_256 = openssl_sha3_256
def openssl_sha3_384(string: Buffer = b"", *, usedforsecurity: bool = True) -> HASH: ...
sha3_384 = openssl_sha3_384
def openssl_sha3_512(string: Buffer = b"", *, usedforsecurity: bool = True) -> HASH: ...
sha3_512 = openssl_sha3_512
def openssl_shake_128(string: Buffer = b"", *, usedforsecurity: bool = True) -> HASHXOF: ...
shake_128 = openssl_shake_128
def openssl_shake_256(string: Buffer = b"", *, usedforsecurity: bool = True) -> HASHXOF: ...
shake_256 = openssl_shake_256

class blake2b(HASH):
    MAX_DIGEST_SIZE: int
    MAX_KEY_SIZE: int
    PERSON_SIZE: int
    SALT_SIZE: int
    def __init__(
        self,
        data: Buffer = b"",
        /,
        *,
        digest_size: int = 64,
        key: Buffer = b"",
        salt: Buffer = b"",
        person: Buffer = b"",
        fanout: int = 1,
        depth: int = 1,
        leaf_size: int = 0,
        node_offset: int = 0,
        node_depth: int = 0,
        inner_size: int = 0,
        last_node: bool = False,
        usedforsecurity: bool = True,
    ) -> None: ...

class blake2s(HASH):
    MAX_DIGEST_SIZE: int
    MAX_KEY_SIZE: int
    PERSON_SIZE: int
    SALT_SIZE: int
    def __init__(
        self,
        data: Buffer = b"",
        /,
        *,
        digest_size: int = 32,
        key: Buffer = b"",
        salt: Buffer = b"",
        person: Buffer = b"",
        fanout: int = 1,
        depth: int = 1,
        leaf_size: int = 0,
        node_offset: int = 0,
        node_depth: int = 0,
        inner_size: int = 0,
        last_node: bool = False,
        usedforsecurity: bool = True,
    ) -> None: ...

def pbkdf2_hmac(hash_name: str, password: Buffer, salt: Buffer, iterations: int, dklen: int | None = None) -> bytes: ...
def scrypt(
    password: Buffer, *, salt: Buffer, n: int, r: int, p: int, maxmem: int = 0, dklen: int = 64
) -> bytes: ...
def file_digest(fileobj: Any, digest: Any, /, *, _bufsize: int = ...) -> HASH: ...

# This stub covers part of the module; other names are Any.
def __getattr__(name: str) -> Any: ...
