# A NoReturn function whose body is only `...`, `pass` or a docstring
# falls off its end too, reported as an empty body; overload variants and
# abstract methods are exempt, as for any other return type.
from abc import abstractmethod
from typing import Any, NoReturn, overload


def todo() -> NoReturn: ...  # E: Implicit return in function which does not return  [empty-body]


def later() -> NoReturn:  # E: Implicit return in function which does not return  [empty-body]
    """Not written yet."""


class Runner:
    @overload
    def run(self, code: int) -> NoReturn: ...
    @overload
    def run(self, code: str) -> int: ...
    def run(self, code: Any) -> Any:
        raise SystemExit(code)

    @abstractmethod
    def halt(self) -> NoReturn: ...

    def log(self) -> NoReturn:  # E: Implicit return in function which does not return  [misc]
        print("stopping")
