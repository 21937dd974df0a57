# A recursive function is checked against its own annotation, so the
# result of the inner call already has the declared return type and can
# be used in arithmetic or joined with other values. Mutual recursion
# works the same way across two functions.
from typing import Dict, List, Optional, Union

Tree = Dict[str, List[str]]


def factorial(n: int) -> int:
    return 1 if n <= 1 else n * factorial(n - 1)


def flatten(items: List[Union[int, List[int]]]) -> List[int]:
    result: List[int] = []
    for item in items:
        result.extend([item] if isinstance(item, int) else flatten(list(item)))
    return result


def depth(tree: Tree, node: str) -> int:
    children = tree.get(node, [])
    return 1 + max((depth(tree, child) for child in children), default=0)


def is_even(n: int) -> bool:
    return True if n == 0 else is_odd(n - 1)


def is_odd(n: int) -> bool:
    return False if n == 0 else is_even(n - 1)


def find(words: List[str], target: str, start: int = 0) -> Optional[int]:
    if start >= len(words):
        return None
    return start if words[start] == target else find(words, target, start + 1)


print(factorial(5), flatten([1, [2, 3]]), depth({"a": ["b"]}, "a"), is_even(4), find(["a"], "a"))
