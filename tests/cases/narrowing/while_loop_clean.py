# A while condition narrows inside the loop body, and the negated
# condition holds after the loop ends without break. Reassigning the
# variable inside the body is checked against its declared type.
from typing import Optional


def walk(start: Optional[int], limit: int) -> int:
    steps = 0
    while start is not None:
        steps += start
        start = start - 1 if start > 0 else None
        if steps > limit:
            break
    return steps


def drain(stack: list[str]) -> str:
    top: Optional[str] = stack.pop() if stack else None
    text = ""
    while top:
        text += top.upper()
        top = stack.pop() if stack else None
    return text


def first_present(values: list[Optional[str]]) -> str:
    current: Optional[str] = None
    index = 0
    while current is None and index < len(values):
        current = values[index]
        index += 1
    return current or ""


print(walk(5, 100), drain(["a", "b"]), first_present([None, "x"]))
