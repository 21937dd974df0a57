# contextlib: generator-based context managers, suppress, ExitStack (which
# gives back what each context manager's __enter__ gives), closing, nullcontext
# and output redirection.
import contextlib
import io
import os
from contextlib import ExitStack, closing, contextmanager, nullcontext, redirect_stdout, suppress
from typing import Iterator


@contextmanager
def working_dir(path: str) -> Iterator[str]:
    old = os.getcwd()
    os.chdir(path)
    try:
        yield old
    finally:
        os.chdir(old)


class Connection:
    def close(self) -> None:
        print("closed")


def read_all(paths: list[str]) -> list[str]:
    with ExitStack() as stack:
        files = [stack.enter_context(open(p)) for p in paths]
        stack.callback(print, "done")
        return [f.read() for f in files]


def guarded(flag: bool) -> int:
    with suppress(ValueError) if flag else nullcontext():
        return int("x")
    return 0


with working_dir("/tmp") as previous:
    print(previous)
with suppress(FileNotFoundError, PermissionError):
    os.remove("missing")
with closing(Connection()) as conn:
    reveal_type(conn)  # N: Revealed type is "contextlib_clean.Connection"
with nullcontext(42) as value:
    reveal_type(value)  # N: Revealed type is "int"
captured = io.StringIO()
with redirect_stdout(captured):
    print("hidden")
with contextlib.chdir("/"):
    pass
print(read_all([]), guarded(True), captured.getvalue())
