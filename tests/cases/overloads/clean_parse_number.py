# Clean: an overloaded parser with its implementation, called with each kind of input.
from typing import Union, overload


@overload
def parse_amount(raw: str) -> float: ...
@overload
def parse_amount(raw: int) -> int: ...
def parse_amount(raw: Union[str, int]) -> Union[float, int]:
    if isinstance(raw, str):
        return float(raw.replace(",", ""))
    return raw


total: float = parse_amount("1,250.50")
count: int = parse_amount(12)
mixed = [parse_amount("3.5"), parse_amount(4)]
print(total + count, mixed)
