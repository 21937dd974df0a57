# Boolean options placed after a bare `*` must be passed by name, which
# keeps call sites readable. They may have defaults, be mixed with
# required keyword-only parameters, and be forwarded from one function
# to another by name.
from typing import List


def format_name(first: str, last: str, *, upper: bool = False, reverse: bool = False) -> str:
    name = f"{last}, {first}" if reverse else f"{first} {last}"
    return name.upper() if upper else name


def save(path: str, data: List[str], *, overwrite: bool, backup: bool = True) -> int:
    count = len(data)
    if backup and not overwrite:
        count += 1
    return count


def listing(names: List[str], *, numbered: bool = False, sep: str = "\n") -> str:
    if numbered:
        names = [f"{i}. {n}" for i, n in enumerate(names, 1)]
    return sep.join(names)


def report(names: List[str], *, verbose: bool = False) -> str:
    return listing(names, numbered=verbose, sep=", ")


print(format_name("ada", "lovelace", reverse=True), format_name("a", "b", upper=True, reverse=False))
print(save("p", ["x"], overwrite=False), save("p", [], backup=False, overwrite=True))
print(listing(["a"]), report(["b"], verbose=True))
