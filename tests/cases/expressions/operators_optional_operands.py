# An Optional operand fails if the None member does not support the
# operator; the error names the None part and a note gives the full
# type. Once the None case is excluded, the operation is accepted.
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


print(grow(1), shrink(None, 1.0), show(None))
