# Realistic `match` statements: every case checks clean, and cases that cover the
# subject's whole type need no return after them.
from dataclasses import dataclass
from typing import Literal, Union


class Add:
    def __init__(self, left: "Expr", right: "Expr") -> None:
        self.left = left
        self.right = right


class Neg:
    def __init__(self, operand: "Expr") -> None:
        self.operand = operand


Expr = Union[int, Add, Neg]


def evaluate(expr: Expr) -> int:
    match expr:
        case int():
            return expr
        case Add():
            return evaluate(expr.left) + evaluate(expr.right)
        case Neg():
            return -evaluate(expr.operand)


Command = Literal["start", "stop", "status"]


def run(command: Command, verbose: bool = False) -> str:
    match command:
        case "start" | "stop":
            return command.upper()
        case "status" if verbose:
            return "status: verbose"
        case "status":
            return "status"


def parse(value: str | int | None) -> int:
    match value:
        case None:
            return 0
        case str() as text if text.isdigit():
            return int(text)
        case str():
            return len(value)
        case number:
            return number * 2


def shapes(points: list[tuple[int, int]]) -> int:
    total = 0
    for point in points:
        match point:
            case (0, 0):
                total += 0
            case (x, 0) | (0, x):
                total += x
            case (x, y):
                total += x * y
    return total


def settings(config: dict[str, object]) -> str:
    match config:
        case {"name": str() as name}:
            return name
        case {}:
            return "default"
    return "unreachable"


print(evaluate(Add(1, Neg(2))), run("start"), parse("12"), shapes([(1, 2)]), settings({}))
