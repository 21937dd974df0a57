# Callable types: functions, bound methods, classes and lambdas passed where a
# Callable[[...], R] or Callable[..., R] is expected.
from typing import Callable, Optional


def apply_all(values: list[int], transform: Callable[[int], int]) -> list[int]:
    return [transform(v) for v in values]


def run_later(job: Callable[..., None], *args: object) -> None:
    job(*args)


def double(n: int) -> int:
    return n * 2


class Scaler:
    def __init__(self, factor: int) -> None:
        self.factor = factor

    def scale(self, n: int) -> int:
        return n * self.factor


on_done: Optional[Callable[[str], None]] = None
if on_done is not None:
    on_done("finished")

converters: dict[str, Callable[[str], object]] = {"int": int, "float": float, "text": str}
print(apply_all([1, 2], double), apply_all([3], Scaler(3).scale), apply_all([4], lambda n: n + 1))
run_later(print, "a", 1)
run_later(lambda: None)
print(converters["int"]("12"))
