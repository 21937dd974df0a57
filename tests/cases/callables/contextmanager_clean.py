# Generator-based context managers: the `with` target is what the generator yields, and
# the function keeps its parameters.
import os
import tempfile
from contextlib import ExitStack, contextmanager
from typing import Generator, Iterator


@contextmanager
def working_directory(path: str) -> Iterator[str]:
    previous = os.getcwd()
    os.chdir(path)
    try:
        yield previous
    finally:
        os.chdir(previous)


@contextmanager
def scratch_file(suffix: str = ".txt") -> Generator[int, None, None]:
    handle, name = tempfile.mkstemp(suffix=suffix)
    try:
        yield handle
    finally:
        os.close(handle)
        os.remove(name)


def sizes(paths: list[str]) -> list[int]:
    with ExitStack() as stack:
        handles = [stack.enter_context(scratch_file(p)) for p in paths]
        return [os.fstat(h).st_size for h in handles]


with working_directory("/tmp") as before:
    print(before.upper())
with scratch_file(suffix=".log") as fd:
    os.write(fd, b"started\n")
print(sizes([".a", ".b"]))
