# Parameters with defaults may be omitted, filled positionally or named
# in any order. A default of an int for a float parameter is fine by
# numeric promotion, and None defaults fit Optional parameters.
from typing import List, Optional


def window(items: List[int], start: int = 0, size: Optional[int] = None, scale: float = 1) -> List[float]:
    end = len(items) if size is None else start + size
    return [item * scale for item in items[start:end]]


data = [1, 2, 3, 4]
window(data)
window(data, 1)
window(data, 1, 2)
window(data, 1, 2, 0.5)
window(data, size=2)
window(data, scale=2, start=1)
window(items=data, size=None)
scaled = window(data, 0, None, 3)
print(scaled[0] + 1.0)
