# typeshed-lite: the views of a dict's keys, values and items, where typeshed has them
# (mypy names them `_collections_abc.dict_keys` and so on).

from typing import Generic, ItemsView, Iterator, KeysView, TypeVar, ValuesView

_KT_co = TypeVar("_KT_co", covariant=True)
_VT_co = TypeVar("_VT_co", covariant=True)

class dict_keys(KeysView[_KT_co], Generic[_KT_co, _VT_co]):
    def __iter__(self) -> Iterator[_KT_co]: ...

class dict_values(ValuesView[_VT_co], Generic[_KT_co, _VT_co]):
    def __iter__(self) -> Iterator[_VT_co]: ...

class dict_items(ItemsView[_KT_co, _VT_co]):
    def __iter__(self) -> Iterator[tuple[_KT_co, _VT_co]]: ...
