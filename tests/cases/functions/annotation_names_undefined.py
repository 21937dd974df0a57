# mypy-args: --python-version 3.12
# Undefined names in annotations are reported where mypy's semantic analysis looks:
# variable, parameter and return annotations, names inside string annotations (at the
# string), with the names of the enclosing scopes as "did you mean" candidates. A class
# body's names are visible in its methods' signatures but not inside the methods;
# unannotated functions and branches the target rules out are not looked at.
import sys
from typing import TYPE_CHECKING, Annotated, Literal

first: Later  # defined below: fine
missing: Nowhere  # E: Name "Nowhere" is not defined  [name-defined]
quoted: "Nowhere | None"  # E: Name "Nowhere" is not defined  [name-defined]
nested: list["Nowhere"]  # E: Name "Nowhere" is not defined  [name-defined]
labelled: Annotated[int, "metadata", Nowhere]
mode: Literal["Nowhere"] = "Nowhere"
dotted: nowhere.Thing  # E: Name "nowhere" is not defined  [name-defined]


class Later:
    pass


def signature(count: Cuont, *args: Nowhere, **kwargs: Nowhere) -> "Latr":  # E: Name "Cuont" is not defined  [name-defined]  # E: Name "Nowhere" is not defined  [name-defined]  # E: Name "Latr" is not defined; did you mean "Later"?  [name-defined]
    total: Nowhere = 1  # E: Name "Nowhere" is not defined  [name-defined]
    return Later()


def locals_and_typos() -> None:
    spelling = 1
    record: spellng = 1  # E: Name "spellng" is not defined; did you mean "spelling"?  [name-defined]
    inner: Local

    class Local:
        pass


class Outer:
    class Inner:
        pass

    field: Inner

    def method(self, value: Inner) -> Inner:
        copy: Inner = value  # E: Name "Inner" is not defined  [name-defined]
        return copy


def untyped():
    ignored: Nowhere = 1  # N: By default the bodies of untyped functions are not checked, consider using --check-untyped-defs  [annotation-unchecked]


def typed_inside_untyped():
    def inner(value: Nowhere) -> None:  # E: Name "Nowhere" is not defined  [name-defined]
        local: Nowhere = value  # E: Name "Nowhere" is not defined  [name-defined]


def after_return() -> int:
    return 1
    unreachable: Nowhere = 1  # E: Name "Nowhere" is not defined  [name-defined]


def generic[T](value: T) -> list[T]:
    result: list[T] = [value]
    return result


class Stack[T]:
    items: list[T]

    def push(self, item: T) -> None:
        self.items.append(item)


if sys.version_info < (3, 8):
    old: Nowhere
if TYPE_CHECKING:
    pass
else:
    runtime_only: Nowhere

# One message per line, however many times the name appears on it.
twice: Nowhere = Nowhere()  # E: Name "Nowhere" is not defined  [name-defined]


def pair(left: Nowhere, right: Nowhere) -> None:  # E: Name "Nowhere" is not defined  [name-defined]
    pass
