# Callback protocols: calls through them are checked against `__call__`.
from typing import Protocol


class Progress(Protocol):
    def __call__(self, done: int, total: int) -> None: ...


def copy_files(names: list[str], report: Progress) -> None:
    for index, name in enumerate(names):
        report(index, len(names))
    report("finished", len(names))  # E: Argument 1 to "__call__" of "Progress" has incompatible type "str"; expected "int"  [arg-type]
    report(done=1)  # E: Missing positional argument "total" in call to "__call__" of "Progress"  [call-arg]


def quiet(done: int) -> None:
    pass


copy_files(["a.txt"], quiet)  # E: Argument 2 to "copy_files" has incompatible type "Callable[[int], None]"; expected "Progress"  [arg-type]  # N: "Progress.__call__" has type "def __call__(self, done: int, total: int) -> None"
