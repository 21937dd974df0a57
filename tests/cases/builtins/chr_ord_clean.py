# ord() turns a one-character str into its int code point and chr() turns
# an int back into a str, so the two compose into simple ciphers and
# character arithmetic without any conversion.
from typing import List


def shift(text: str, by: int) -> str:
    out: List[str] = []
    for ch in text:
        if ch.isalpha():
            base = ord("a") if ch.islower() else ord("A")
            out.append(chr((ord(ch) - base + by) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


def codes(word: str) -> List[int]:
    return [ord(ch) for ch in word]


def from_codes(values: List[int]) -> str:
    return "".join(map(chr, values))


def is_digit_char(ch: str) -> bool:
    return ord("0") <= ord(ch) <= ord("9")


alphabet = "".join(chr(n) for n in range(ord("a"), ord("z") + 1))
print(shift("abc", 1), codes("hi"), from_codes([104, 105]), is_digit_char("5"), alphabet)
