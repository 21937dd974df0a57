# partition() and rpartition() always return three strings, so the result
# unpacks into three names. zfill() and center() return padded strings,
# count() and find() return ints, and encode() returns bytes.
from typing import Tuple


def split_key(line: str) -> Tuple[str, str]:
    key, _, value = line.partition("=")
    return key.strip(), value.strip()


def extension(filename: str) -> str:
    stem, dot, ext = filename.rpartition(".")
    return ext if dot else ""


def invoice_number(n: int) -> str:
    return str(n).zfill(6)


def banner(title: str, width: int = 20) -> str:
    return title.center(width, "*")


def vowels(text: str) -> int:
    return sum(text.count(v) for v in "aeiou")


def after(text: str, marker: str) -> str:
    index = text.find(marker)
    return text[index + len(marker):] if index >= 0 else ""


def size_in_bytes(text: str) -> int:
    return len(text.encode("utf-8"))


print(split_key("a = 1"), extension("x.tar.gz"), invoice_number(42), banner("hi"))
print(vowels("education"), after("key: value", ": "), size_in_bytes("abc"))
