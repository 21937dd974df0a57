# __enter__ and __exit__ make a user class a context manager.
from types import TracebackType


class Transaction:
    def __init__(self) -> None:
        self.done = False

    def __enter__(self) -> "Transaction":
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.done = True

    def commit(self) -> None:
        pass


with Transaction() as tx:
    tx.commit()
    state: bool = tx.done
