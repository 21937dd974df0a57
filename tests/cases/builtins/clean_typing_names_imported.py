# mypy-args: --python-version 3.12
# The names the builtins stub imports, imported by the module that uses them, and the
# builtins themselves (dunder ones too): nothing to report.
import sys
from collections.abc import Buffer, Callable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import (
    Any,
    ClassVar,
    Dict,
    Final,
    Generic,
    Iterable,
    List,
    Literal,
    Optional,
    Protocol,
    SupportsIndex,
    Tuple,
    TypeVar,
    Union,
    cast,
    overload,
)

x: Any = 1
items: Sequence[int] = []
T = TypeVar("T")


def apply(callback: Callable[[], int]) -> Iterator[int]:
    yield callback()


class Box(Generic[T]):
    limit: ClassVar[int] = 3


class HasName(Protocol):
    name: str


@overload
def pick(value: int) -> int: ...
@overload
def pick(value: str) -> str: ...
def pick(value: object) -> object:
    return value


mode: Literal["r"] = "r"
index: SupportsIndex = 1
data: Buffer = b""
keys: AbstractSet[str] = set()
maybe: Optional[int] = None
either: Union[int, str] = 1
numbers: Iterable[int] = []
table: Dict[str, int] = {}
names: List[str] = []
pair: Tuple[int, str] = (1, "a")
LIMIT: Final = 10
count = cast(int, x)
print(sys.argv, isinstance(table, Mapping), __name__, __doc__, __import__("os"))
print(abs(-1), len(names), isinstance(count, int), Ellipsis, NotImplemented, __debug__)
