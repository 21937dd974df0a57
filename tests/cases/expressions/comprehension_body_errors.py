# The loop variable of a comprehension takes the element type of what it
# iterates over, so attribute uses, operators and calls in the element
# expression and in `if` conditions are checked with that type, and the
# iterated value itself must be iterable.
from typing import Dict, List


def shout(numbers: List[int]) -> List[str]:
    return [n.upper() for n in numbers]  # E: "int" has no attribute "upper"  [attr-defined]


def evens(words: List[str]) -> List[str]:
    return [w for w in words if w > 2]  # E: Unsupported operand types for > ("str" and "int")  [operator]


def pairs(table: Dict[str, int]) -> List[str]:
    return [key + value for key, value in table.items()]  # E: Unsupported operand types for + ("str" and "int")  [operator]


def nested(rows: List[List[int]]) -> List[int]:
    return [cell + "x" for row in rows for cell in row]  # E: Unsupported operand types for + ("int" and "str")  [operator]


broken = [x for x in None]  # E: "None" has no attribute "__iter__" (not iterable)  [attr-defined]
print(shout([1]), evens(["a"]), pairs({}), nested([]), broken)
