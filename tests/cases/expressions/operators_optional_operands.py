# An Optional operand fails if the None member does not support the
# operator; the error names the None part and a note gives the full
# type. Once the None case is excluded, the operation is accepted. When
# every member fails, mypy lists them by where it points (the whole
# operation, or the right operand a member's method rejects), with the
# note once, and the code after it is still checked.
from typing import Optional


def grow(size: Optional[int]) -> int:
    bigger = size * 2  # E: Unsupported operand types for * ("None" and "int")  [operator]  # N: Left operand is of type "int | None"
    if size is not None:
        return size + 1
    return bigger


def shrink(step: Optional[float], base: float) -> float:
    return base - step  # E: Unsupported operand types for - ("float" and "None")  [operator]  # N: Right operand is of type "float | None"


def show(name: Optional[str]) -> str:
    return "name: " + name  # E: Unsupported operand types for + ("str" and "None")  [operator]  # N: Right operand is of type "str | None"


def label(line: Optional[int]) -> str:
    text = line + ":"  # E: Unsupported left operand type for + ("None")  [operator]  # N: Left operand is of type "int | None"  # E: Unsupported operand types for + ("int" and "str")  [operator]
    line.bit_length()  # E: Item "None" of "int | None" has no attribute "bit_length"  [union-attr]
    return str(text)


print(grow(1), shrink(None, 1.0), show(None), label(3))
