# Mistakes with re: a match may be None, results have fixed types, and the
# pattern and the string must both be str or both be bytes.
import re

WORD = re.compile(r"\w+")
m = WORD.match("abc")
m.group(0)  # E: Item "None" of "Match[str] | None" has no attribute "group"  [union-attr]
re.match("a", "b").start()  # E: Item "None" of "Match[str] | None" has no attribute "start"  [union-attr]
length: int = re.escape("a.b")  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
flags: str = WORD.flags  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
WORD.find("a")  # E: "Pattern[str]" has no attribute "find"  [attr-defined]
re.search("a", b"b")  # E: No overload variant of "search" matches argument types "str", "bytes"  [call-overload]  # N: Possible overload variants:  # N:     def search(pattern: str | Pattern[str], string: str, flags: int | RegexFlag = ...) -> Match[str] | None  # N:     def search(pattern: bytes | Pattern[bytes], string: Buffer, flags: int | RegexFlag = ...) -> Match[bytes] | None
re.sub("a", 1, "b")  # E: No overload variant of "sub" matches argument types "str", "int", "str"  [call-overload]  # N: Possible overload variants:  # N:     def sub(pattern: str | Pattern[str], repl: str | Callable[[Match[str]], str], string: str, count: int = ..., flags: int | RegexFlag = ...) -> str  # N:     def sub(pattern: bytes | Pattern[bytes], repl: Buffer | Callable[[Match[bytes]], Buffer], string: Buffer, count: int = ..., flags: int | RegexFlag = ...) -> bytes
