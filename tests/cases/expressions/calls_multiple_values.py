# Passing a parameter both positionally and by keyword gives it two
# values, which is an error naming the parameter. A list unpacked with
# `*` may be long enough to reach any later parameter, so naming one of
# those clashes too; a clash hidden in an unpacked dict is not reported.
from typing import Dict, List


def move(x: int, y: int, speed: float = 1.0) -> float:
    return (x + y) * speed


move(1, 2, x=3)  # E: "move" gets multiple values for keyword argument "x"  [misc]
move(1, y=2, speed=2.0)
move(1, 2, 3.0, speed=4.0)  # E: "move" gets multiple values for keyword argument "speed"  [misc]
counts: Dict[str, int] = {"x": 5}
move(1, 2, **counts)
values: List[int] = [1, 2]
move(*values, speed=0.5)  # E: "move" gets multiple values for keyword argument "speed"  [misc]
move(*values, y=2)  # E: "move" gets multiple values for keyword argument "y"  [misc]
move(*(1, 2), speed=0.5)
print(move(0, 0))
