# TypedDict setdefault and pop: defaults checked against the key's type, required keys kept.
from typing import NotRequired, TypedDict


class CartLine(TypedDict):
    sku: str
    quantity: int
    coupon: NotRequired[str]
    notes: NotRequired[list[str]]


def add_note(line: CartLine, note: str) -> None:
    line.setdefault("notes", []).append(note)


def default_coupon(line: CartLine) -> str:
    return line.setdefault("coupon", "NONE")


def bad_default(line: CartLine) -> None:
    line.setdefault("quantity", "one")  # E: Argument 2 to "setdefault" of "TypedDict" has incompatible type "str"; expected "int"  [typeddict-item]
    line.setdefault("discount", 0.1)  # E: TypedDict "CartLine" has no key "discount"  [typeddict-item]


def take_coupon(line: CartLine) -> str | None:
    return line.pop("coupon", None)


def take_sku(line: CartLine) -> str:
    return line.pop("sku")  # E: Key "sku" of TypedDict "CartLine" cannot be deleted  [misc]


def drop_field(line: CartLine, field: str) -> None:
    line.pop(field)  # E: Expected TypedDict key to be string literal  [misc]
    line.setdefault(field, 1)  # E: Expected TypedDict key to be string literal  [misc]


def clear_notes(line: CartLine) -> int:
    notes = line.pop("notes", [])
    return len(notes)
