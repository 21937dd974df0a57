# `type[_T]` is solved from the class passed for it, and a classmethod whose
# `cls` is `type[_T]` returns an instance of the class it is called on.
# Inside, calling `kind: type[_T]` makes a `_T`, and `isinstance(obj, kind)`
# makes an `object` one.
from typing import Optional, Type, TypeVar

_T = TypeVar("_T")
_M = TypeVar("_M", bound="Model")


def build(factory: type[_T]) -> _T:
    return factory()


def build_all(factory: Type[_T], count: int) -> list[_T]:
    return [factory() for _ in range(count)]


class Model:
    @classmethod
    def create(cls: type[_M]) -> _M:
        return cls()


class User(Model):
    name: str = "anonymous"


def keep(kind: type[_T], value: _T) -> type[_T]:
    reveal_type(kind)  # N: Revealed type is "type[_T]"
    return kind


def find(kind: type[_T], candidates: list[object]) -> Optional[_T]:
    for candidate in candidates:
        if isinstance(candidate, kind):
            reveal_type(candidate)  # N: Revealed type is "_T"
            return candidate
    return None


def ensure(kind: type[_T]) -> _T:
    found = find(kind, [])
    if found is None:
        found = kind()
        reveal_type(found)  # N: Revealed type is "_T"
    return found


reveal_type(build(int))  # N: Revealed type is "int"
reveal_type(build_all(str, 2))  # N: Revealed type is "list[str]"
reveal_type(User.create())  # N: Revealed type is "class_object_type_vars.User"
reveal_type(User().create())  # N: Revealed type is "class_object_type_vars.User"
count: int = build(str)  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
print(User.create().name, keep(int, 1))
