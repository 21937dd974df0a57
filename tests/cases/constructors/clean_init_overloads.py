# Clean: an overloaded __init__, called with each variant.
from typing import Optional, Union, overload


class Timestamp:
    @overload
    def __init__(self, moment: float) -> None: ...
    @overload
    def __init__(self, moment: str, fmt: str = ...) -> None: ...
    def __init__(self, moment: Union[float, str], fmt: Optional[str] = None) -> None:
        self.value = moment if isinstance(moment, float) else 0.0


start = Timestamp(1700000000.0)
parsed = Timestamp("2024-01-01", "%Y-%m-%d")
plain = Timestamp("2024-01-01")
print(start.value, parsed.value, plain.value)
