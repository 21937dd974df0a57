# A decorator's return type is what the name then holds, even when it is no function.
from typing import Callable


class Command:
    def __init__(self, name: str, action: Callable[[], None]) -> None:
        self.name = name
        self.action = action

    def run(self) -> None:
        self.action()


def command(func: Callable[[], None]) -> Command:
    return Command(func.__name__, func)


def line_count(func: Callable[[], str]) -> int:
    return func().count("\n")


@command
def deploy() -> None:
    print("deploying")


@line_count
def banner() -> str:
    return "a\nb\n"


deploy.run()
print(deploy.name)
deploy()  # E: "Command" not callable  [operator]
banner()  # E: "int" not callable  [operator]
width: str = banner  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
