# input() returns a str even when the text looks like a number, so it has
# to be converted before arithmetic. print() returns None, which does not
# fit a str variable. callable() is a bool that narrows a union to its
# callable part.
from typing import Callable, Union


def check(prompt: str, action: Union[Callable[[], int], int]) -> None:
    reveal_type(input(prompt))  # N: Revealed type is "str"
    reveal_type(callable(prompt))  # N: Revealed type is "bool"
    age: int = input("age? ")  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
    input("n? ") + 1  # E: Unsupported operand types for + ("str" and "int")  [operator]
    int(input("n? ")) + 1
    result: str = print("x", sep="", end="")  # E: Incompatible types in assignment (expression has type "None", variable has type "str")  [assignment]
    if callable(action):
        reveal_type(action)  # N: Revealed type is "def () -> int"
    else:
        reveal_type(action)  # N: Revealed type is "int"
    print(age, result)
