# typeshed-lite: typing_extensions, the backport of new typing names.
#
# The names typing has are re-exported from it; the checker recognises the special
# forms among them by name, as it does in typing.

from typing import (
    IO as IO,
    AbstractSet as AbstractSet,
    Annotated as Annotated,
    Any as Any,
    AnyStr as AnyStr,
    Awaitable as Awaitable,
    BinaryIO as BinaryIO,
    Callable as Callable,
    ClassVar as ClassVar,
    Collection as Collection,
    Container as Container,
    Coroutine as Coroutine,
    Dict as Dict,
    Final as Final,
    FrozenSet as FrozenSet,
    Generator as Generator,
    Generic as Generic,
    Hashable as Hashable,
    ItemsView as ItemsView,
    Iterable as Iterable,
    Iterator as Iterator,
    KeysView as KeysView,
    List as List,
    Literal as Literal,
    Mapping as Mapping,
    MutableMapping as MutableMapping,
    MutableSequence as MutableSequence,
    MutableSet as MutableSet,
    NamedTuple as NamedTuple,
    Never as Never,
    NewType as NewType,
    NoReturn as NoReturn,
    Optional as Optional,
    Protocol as Protocol,
    Reversible as Reversible,
    Sequence as Sequence,
    Set as Set,
    Sized as Sized,
    SupportsAbs as SupportsAbs,
    SupportsFloat as SupportsFloat,
    SupportsIndex as SupportsIndex,
    SupportsInt as SupportsInt,
    SupportsRound as SupportsRound,
    Text as Text,
    TextIO as TextIO,
    Tuple as Tuple,
    Type as Type,
    Self as Self,
    TypeAlias as TypeAlias,
    TypedDict as TypedDict,
    TypeVar as TypeVar,
    Union as Union,
    ValuesView as ValuesView,
    assert_never as assert_never,
    assert_type as assert_type,
    cast as cast,
    final as final,
    no_type_check as no_type_check,
    overload as overload,
    reveal_type as reveal_type,
    runtime_checkable as runtime_checkable,
)

# Forms newer than some of the Python versions typing_extensions serves.
TypeGuard: object
TypeIs: object
Required: object
NotRequired: object
ParamSpec: object
Concatenate: object
TypeVarTuple: object
Unpack: object

def assert_never(arg: Never, /) -> Never: ...

# This stub covers part of the module; other names are Any.
def __getattr__(name: str) -> Any: ...
