# Lists, tuples and dicts unpacked at a call site fill parameters of
# matching types, alone or next to ordinary arguments, and a call may
# unpack several sequences and dicts at once.
from typing import Dict, List, Tuple


def box(x: int, y: int, w: int = 1, h: int = 1) -> int:
    return (x + w) * (y + h)


coords: Tuple[int, int] = (1, 2)
sizes: List[int] = [3, 4]
extra: Dict[str, int] = {"h": 5}
box(*coords)
box(*coords, *sizes)
box(*coords, w=2)
box(0, *coords)
box(*coords, **extra)
box(**{"x": 1, "y": 2})
box(1, 2, **{"w": 3}, **extra)
print(box(*(0, 0, 0, 0)))
