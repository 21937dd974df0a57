# TypedDict inheritance: keys of every base are required in displays and known in methods.
from typing import NotRequired, TypedDict


class Timestamped(TypedDict):
    created: str
    updated: NotRequired[str]


class Document(Timestamped):
    title: str
    body: str


class Invoice(Document, total=False):
    amount: float
    paid: bool


def touch(doc: Document, when: str) -> None:
    doc["updated"] = when
    doc.pop("created")  # E: Key "created" of TypedDict "Document" cannot be deleted  [misc]


def settle(invoice: Invoice) -> float:
    amount = invoice.get("amount", 0.0)
    invoice.setdefault("paid", "yes")  # E: Argument 2 to "setdefault" of "TypedDict" has incompatible type "str"; expected "bool"  [typeddict-item]
    return amount


readme: Document = {"title": "README", "body": "..."}  # E: Missing key "created" for TypedDict "Document"  [typeddict-item]
bill: Invoice = {"created": "2024-01-01", "title": "Bill", "body": "", "amount": "12.5"}  # E: Incompatible types (expression has type "str", TypedDict item "amount" has type "float")  [typeddict-item]
bill.update({"paid": True, "created": "2024-01-02"})
print(bill.get("updated"), bill["title"], readme)
