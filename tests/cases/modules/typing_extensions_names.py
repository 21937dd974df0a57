# typing_extensions re-exports typing's names, special forms included:
# a Protocol or a TypedDict from it means what the one from typing means.
from typing_extensions import Literal, Protocol, Self, TypedDict, final


class Named(Protocol):
    name: str


class Point(TypedDict):
    x: int
    y: int


@final
class City:
    name: str = "Lyon"

    def renamed(self, name: str) -> Self:
        self.name = name
        return self


def greet(who: Named) -> str:
    return "hello " + who.name


def origin() -> Point:
    return {"x": 0, "y": 0}


def mode() -> Literal["r", "w"]:
    return "a"  # E: Incompatible return value type (got "Literal['a']", expected "Literal['r', 'w']")  [return-value]


greet(City())
greet(3)  # E: Argument 1 to "greet" has incompatible type "int"; expected "Named"  [arg-type]
print(City().renamed("Nice").name, mode(), origin())
