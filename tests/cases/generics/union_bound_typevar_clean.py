# A type variable bounded by a union of callables fits a list of that union, and the
# decorator gives the function back unchanged.
from typing import Awaitable, Callable, Optional, TypeVar, Union

TeardownCallable = Union[
    Callable[[Optional[BaseException]], None],
    Callable[[Optional[BaseException]], Awaitable[None]],
]
T_teardown = TypeVar("T_teardown", bound=TeardownCallable)


class Application:
    def __init__(self) -> None:
        self.teardown_funcs: list[TeardownCallable] = []

    def teardown(self, func: T_teardown) -> T_teardown:
        self.teardown_funcs.append(func)
        return func


app = Application()


@app.teardown
def close_database(error: Optional[BaseException]) -> None:
    print("closing", error)


close_database(None)
