# Names the builtins stub imports for its own use (`Any`, `Callable`, `Sequence`, ...)
# are not builtins: used without an import they are undefined, and mypy hints at the
# import for the `typing` names it knows.

x: Any = 1  # E: Name "Any" is not defined  [name-defined]  # N: Did you forget to import it from "typing"? (Suggestion: "from typing import Any")
items: Sequence[int] = []  # E: Name "Sequence" is not defined  [name-defined]
T = TypeVar("T")  # E: Name "TypeVar" is not defined  [name-defined]  # N: Did you forget to import it from "typing"? (Suggestion: "from typing import TypeVar")


def apply(callback: Callable[[], int]) -> Iterator[int]:  # E: Name "Callable" is not defined; did you mean "callable"?  [name-defined]  # N: Did you forget to import it from "typing"? (Suggestion: "from typing import Callable")  # E: Name "Iterator" is not defined  [name-defined]  # N: Did you forget to import it from "typing"? (Suggestion: "from typing import Iterator")
    yield callback()


class Box(Generic[T]):  # E: Name "Generic" is not defined  [name-defined]
    pass


class Sized2(Protocol):  # E: Name "Protocol" is not defined  [name-defined]
    pass


@overload  # E: Name "overload" is not defined  [name-defined]
def pick(value: int) -> int: ...  # E: Missing return statement  [empty-body]


mode: Literal["r"] = "r"  # E: Name "Literal" is not defined  [name-defined]
index: SupportsIndex = 1  # E: Name "SupportsIndex" is not defined  [name-defined]
data: Buffer = b""  # E: Name "Buffer" is not defined  [name-defined]
keys: AbstractSet[str] = set()  # E: Name "AbstractSet" is not defined  [name-defined]
maybe: Optional[int] = None  # E: Name "Optional" is not defined  [name-defined]  # N: Did you forget to import it from "typing"? (Suggestion: "from typing import Optional")
either: Union[int, str] = 1  # E: Name "Union" is not defined  [name-defined]  # N: Did you forget to import it from "typing"? (Suggestion: "from typing import Union")
numbers: Iterable[int] = []  # E: Name "Iterable" is not defined  [name-defined]  # N: Did you forget to import it from "typing"? (Suggestion: "from typing import Iterable")
table: Dict[str, int] = {}  # E: Name "Dict" is not defined  [name-defined]  # N: Did you forget to import it from "typing"? (Suggestion: "from typing import Dict")
names: List[str] = []  # E: Name "List" is not defined  [name-defined]  # N: Did you forget to import it from "typing"? (Suggestion: "from typing import List")
pair: Tuple[int, str] = (1, "a")  # E: Name "Tuple" is not defined; did you mean "tuple"?  [name-defined]  # N: Did you forget to import it from "typing"? (Suggestion: "from typing import Tuple")
seen: Set[int] = set()  # E: Name "Set" is not defined  [name-defined]  # N: Did you forget to import it from "typing"? (Suggestion: "from typing import Set")
cast(int, x)  # E: Name "cast" is not defined  [name-defined]  # N: Did you forget to import it from "typing"? (Suggestion: "from typing import cast")
iterable  # E: Name "iterable" is not defined  [name-defined]  # N: Did you forget to import it from "typing"? (Suggestion: "from typing import Iterable")
sys.argv  # E: Name "sys" is not defined  [name-defined]
_T  # E: Name "_T" is not defined  [name-defined]
print(isinstance(x, Mapping))  # E: Name "Mapping" is not defined  [name-defined]


def local_use() -> None:
    value: "Final[int]" = 1  # E: Name "Final" is not defined  [name-defined]
    print(value, overload, ClassVar)  # E: Name "overload" is not defined  [name-defined]  # E: Name "ClassVar" is not defined  [name-defined]
