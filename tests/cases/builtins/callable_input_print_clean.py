# input() returns a str, callable() returns a bool and narrows, and print()
# accepts any number of objects of any type along with the keyword
# arguments sep, end and flush. print() itself returns None.
from typing import Callable, List, Union


def ask_number(prompt: str) -> int:
    answer = input(prompt)
    return int(answer.strip() or "0")


def ask_name() -> str:
    return input().title()


def run(action: Union[Callable[[], str], str]) -> str:
    if callable(action):
        return action()
    return action


def show(values: List[int]) -> None:
    print(*values, sep=", ", end="\n\n")
    print("total:", sum(values), 1.5, None, [values], sep="")
    print()
    print("done", end="", flush=True)


def report(name: str, count: int) -> None:
    print(name, count, sep=" | ", end=None)


show([1, 2])
report("a", 3)
print(run("x"), run(lambda: "y"))
