# Local decorated functions: calls and `with` targets follow the decorators' types.
from contextlib import contextmanager
from typing import Callable, Iterator


def main(argv: list[str]) -> int:
    @contextmanager
    def stage(name: str) -> Iterator[float]:
        yield 0.0

    def as_exit_code(func: Callable[[], bool]) -> int:
        return 0 if func() else 1

    @as_exit_code
    def run() -> bool:
        return bool(argv)

    with stage("build") as started:
        started.upper()  # E: "float" has no attribute "upper"  [attr-defined]
    with stage(1):  # E: Argument 1 to "stage" has incompatible type "int"; expected "str"  [arg-type]
        pass
    return run()  # E: "int" not callable  [operator]
