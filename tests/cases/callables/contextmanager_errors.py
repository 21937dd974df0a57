# Generator-based context managers are called like the generator function and give what
# it yields.
from contextlib import contextmanager
from typing import Iterator


class Transaction:
    def commit(self) -> None:
        print("commit")


@contextmanager
def transaction(name: str, *, retries: int = 0) -> Iterator[Transaction]:
    yield Transaction()


with transaction(42) as tx:  # E: Argument 1 to "transaction" has incompatible type "int"; expected "str"  [arg-type]
    tx.commit()
with transaction("t", retries="2"):  # E: Argument "retries" to "transaction" has incompatible type "str"; expected "int"  [arg-type]
    pass
with transaction("t") as tx:
    tx.rollback()  # E: "Transaction" has no attribute "rollback"  [attr-defined]
with transaction("t", "audit") as tx:  # E: Too many positional arguments for "transaction"  [call-arg]  # E: Argument 2 to "transaction" has incompatible type "str"; expected "int"  [arg-type]
    pass
