# Mistakes with contextlib: suppress takes exception classes, and what
# nullcontext and closing give back keeps its type.
from contextlib import closing, nullcontext, suppress

with suppress("KeyError"):  # E: Argument 1 to "suppress" has incompatible type "str"; expected "type[BaseException]"  [arg-type]
    pass
with nullcontext("x") as text:
    count: int = text  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]


class Connection:
    def close(self) -> None:
        pass


with closing(Connection()) as conn:
    conn.open()  # E: "Connection" has no attribute "open"  [attr-defined]
