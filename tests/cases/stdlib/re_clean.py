# re: compiled patterns and matches keep str or bytes, groups may be missing
# (Any), flags combine, a bytes pattern takes any buffer, and the module-level
# helpers take a pattern string or a compiled pattern.
import re
from typing import Optional

WORD = re.compile(r"(?P<word>\w+)", re.IGNORECASE | re.MULTILINE)
VERSION = re.compile(rb"v(\d+)")


def first_word(text: str) -> Optional[str]:
    m = WORD.search(text)
    if m is None:
        return None
    return m.group("word")


def parse_version(blob: bytes) -> int:
    m = VERSION.match(blob)
    return int(m.group(1)) if m else 0


def slugify(title: str) -> str:
    title = re.sub(r"[^\w\s-]", "", title.lower())
    return re.sub(r"[-\s]+", "-", title).strip("-")


def shout(text: str) -> str:
    return WORD.sub(lambda m: m.group(0).upper(), text)


def find_match(p: re.Pattern[str], text: str) -> Optional[re.Match[str]]:
    return p.fullmatch(text)


reveal_type(WORD)  # N: Revealed type is "re.Pattern[str]"
reveal_type(VERSION.search(b"v1"))  # N: Revealed type is "re.Match[bytes] | None"
reveal_type(VERSION.sub(b"v", bytearray(b"v1")))  # N: Revealed type is "bytes"
header_lines = VERSION.sub(b"", b"a\r\nb").splitlines()
host, port = (re.split(":", "host:80", maxsplit=1) + [None])[:2]
reveal_type(re.I | re.M)  # N: Revealed type is "re.RegexFlag"
reveal_type(re.split(r",\s*", "a, b"))  # N: Revealed type is "list[str | Any]"
m = re.match(r"(\d+)-(\d+)", "10-20")
if m:
    reveal_type(m.group())  # N: Revealed type is "str"
    reveal_type(m.group(1))  # N: Revealed type is "str | Any"
    reveal_type(m.groups())  # N: Revealed type is "tuple[str | Any, ...]"
    start, end = m.span()
    low, high = m.group(1, 2)
    named = m.groupdict("")
    print(m[0], m.start(1), m.end(), start, end, low, high, named, m.lastindex)
for found in re.finditer(r"\d", "a1b2"):
    print(found.group(0), found.start())
words: list[str] = re.findall(r"\w+", "a b")
escaped: str = re.escape("1.5")
count = re.subn("a", "b", "aaa")[1]
flags = 0
flags |= re.VERBOSE
pattern = re.compile("x", flags)
try:
    re.compile("(")
except re.error as exc:
    print(exc.msg, exc.pos)
print(WORD.pattern, WORD.flags, WORD.groups, WORD.groupindex["word"], words, escaped, count, header_lines, host, port)
print(first_word("a"), parse_version(b"v2"), slugify("A b"), shout("x"), find_match(pattern, "x"))
