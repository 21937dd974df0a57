# isinstance() narrows to the checked class inside the branch and removes
# it afterwards; issubclass() narrows a Type[...] value the same way. The
# calls themselves are bools.
from typing import Type, Union


def check(value: Union[int, str, bytes], cls: Type[Union[int, str]]) -> None:
    reveal_type(isinstance(value, int))  # N: Revealed type is "bool"
    if isinstance(value, (str, bytes)):
        reveal_type(value)  # N: Revealed type is "str | bytes"
    else:
        reveal_type(value)  # N: Revealed type is "int"
    if issubclass(cls, int):
        reveal_type(cls)  # N: Revealed type is "type[int]"
    else:
        reveal_type(cls)  # N: Revealed type is "type[str]"
    reveal_type(issubclass(cls, str))  # N: Revealed type is "bool"
