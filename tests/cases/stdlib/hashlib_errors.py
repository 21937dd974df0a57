# Mistakes with hashlib: hashes take bytes, not str, and the digests have
# fixed types.
import hashlib

hashlib.sha256("text")  # E: Argument 1 to "openssl_sha256" has incompatible type "str"; expected "Buffer"  [arg-type]
h = hashlib.md5()
h.update("more")  # E: Argument 1 to "update" of "HASH" has incompatible type "str"; expected "Buffer"  [arg-type]
text: str = h.digest()  # E: Incompatible types in assignment (expression has type "bytes", variable has type "str")  [assignment]
