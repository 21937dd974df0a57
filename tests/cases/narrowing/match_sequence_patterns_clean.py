# A small command interpreter dispatching on the shape of its parsed input.
import shlex


def run(line: str) -> str:
    match shlex.split(line):
        case []:
            return ""
        case ["quit" | "exit"]:
            return "bye"
        case ["echo", *words]:
            return " ".join(words)
        case ["add", left, right] if left.isdigit() and right.isdigit():
            return str(int(left) + int(right))
        case ["set", key, value]:
            return f"{key.lower()}={value.strip()}"
        case [command, *_]:
            return f"unknown command: {command}"
    return ""


def center(box: tuple[int, int, int, int] | tuple[int, int]) -> tuple[float, float]:
    match box:
        case (left, top, right, bottom):
            return ((left + right) / 2, (top + bottom) / 2)
        case (x, y):
            return (float(x), float(y))


print(run("echo hello world"), center((0, 0, 4, 2)))
