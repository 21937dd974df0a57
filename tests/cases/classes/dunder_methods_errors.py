# User classes take part in calls, indexing, iteration, len() and with through
# their special methods.
from typing import Iterator


class Table:
    def __init__(self) -> None:
        self.rows: list[str] = []

    def __call__(self, row: int) -> str:
        return self.rows[row]

    def __getitem__(self, index: int) -> str:
        return self.rows[index]

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[str]:
        return iter(self.rows)

    def __enter__(self) -> "Table":
        return self

    def __exit__(self, *args: object) -> None:
        pass


class Plain:
    pass


table = Table()
reveal_type(table(0))  # N: Revealed type is "str"
table("first")  # E: Argument 1 to "__call__" of "Table" has incompatible type "str"; expected "int"  [arg-type]
reveal_type(table[0])  # N: Revealed type is "str"
table["first"]  # E: Invalid index type "str" for "Table"; expected type "int"  [index]
for row in table:
    reveal_type(row)  # N: Revealed type is "str"
    row + 1  # E: Unsupported operand types for + ("str" and "int")  [operator]
reveal_type(len(table))  # N: Revealed type is "int"
with table as t:
    reveal_type(t)  # N: Revealed type is "dunder_methods_errors.Table"
plain = Plain()
plain()  # E: "Plain" not callable  [operator]
plain[0]  # E: Value of type "Plain" is not indexable  [index]
len(plain)  # E: Argument 1 to "len" has incompatible type "Plain"; expected "Sized"  [arg-type]
for item in plain:  # E: "Plain" has no attribute "__iter__" (not iterable)  [attr-defined]
    pass
