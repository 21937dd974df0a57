# typeshed-lite: the dataclasses module.
#
# The checker writes a decorated class's `__init__` (and ordering methods) itself from the
# class's annotated fields; these declarations only give the names their runtime shape.
# `field()` has the type of the default it is given, which the field's annotation checks.

from typing import Any, Callable, Generic, Mapping, TypeVar, overload

_T = TypeVar("_T")

class _MissingType: ...

MISSING: _MissingType

class KW_ONLY: ...

class FrozenInstanceError(AttributeError): ...

class InitVar(Generic[_T]):
    type: Any
    def __init__(self, type: Any) -> None: ...

class Field(Generic[_T]):
    name: str
    type: Any
    default: Any
    default_factory: Any
    init: bool
    repr: bool
    compare: bool
    metadata: Mapping[Any, Any]
    kw_only: Any

@overload
def dataclass(cls: type[_T], /) -> type[_T]: ...
@overload
def dataclass(
    cls: None = None,
    /,
    *,
    init: bool = True,
    repr: bool = True,
    eq: bool = True,
    order: bool = False,
    unsafe_hash: bool = False,
    frozen: bool = False,
    match_args: bool = True,
    kw_only: bool = False,
    slots: bool = False,
    weakref_slot: bool = False,
) -> Callable[[type[_T]], type[_T]]: ...
@overload
def field(
    *,
    default: _T,
    init: bool = True,
    repr: bool = True,
    hash: bool | None = None,
    compare: bool = True,
    metadata: Mapping[Any, Any] | None = None,
    kw_only: bool = ...,
) -> _T: ...
@overload
def field(
    *,
    default_factory: Callable[[], _T],
    init: bool = True,
    repr: bool = True,
    hash: bool | None = None,
    compare: bool = True,
    metadata: Mapping[Any, Any] | None = None,
    kw_only: bool = ...,
) -> _T: ...
@overload
def field(
    *,
    init: bool = True,
    repr: bool = True,
    hash: bool | None = None,
    compare: bool = True,
    metadata: Mapping[Any, Any] | None = None,
    kw_only: bool = ...,
) -> Any: ...
def fields(class_or_instance: Any) -> tuple[Field[Any], ...]: ...
def asdict(obj: Any) -> dict[str, Any]: ...
def astuple(obj: Any) -> tuple[Any, ...]: ...
def replace(obj: _T, /, **changes: Any) -> _T: ...
def is_dataclass(obj: object) -> bool: ...
def make_dataclass(cls_name: str, fields: Any, **kwargs: Any) -> type: ...
def __getattr__(name: str) -> Any: ...
