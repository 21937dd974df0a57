# A dispatcher keyed by literal command names, with literal unions narrowed per branch.
from typing import Callable, Literal, Union

Command = Literal["add", "remove", "list"]
Result = Union[Literal["ok"], Literal["missing"], list[str]]

inventory: list[str] = ["apple", "pear"]


def add(item: str) -> Result:
    inventory.append(item)
    return "ok"


def remove(item: str) -> Result:
    if item not in inventory:
        return "missing"
    inventory.remove(item)
    return "ok"


def listing(_: str) -> Result:
    return sorted(inventory)


HANDLERS: dict[Command, Callable[[str], Result]] = {"add": add, "remove": remove, "list": listing}


def run(command: Command, argument: str = "") -> str:
    result = HANDLERS[command](argument)
    if isinstance(result, list):
        return ", ".join(result)
    if result == "missing":
        return f"{argument} not found"
    return "done"


commands: list[Command] = ["add", "list", "remove"]
for name in commands:
    print(run(name, "plum"))
