# order=True gives a dataclass comparisons with its own instances.
from dataclasses import dataclass


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0


Version(1) < Version(2)
Version(1) >= Version(1, 1)
Version(1) < 3  # E: Unsupported operand types for < ("Version" and "int")  [operator]
Version(1) > "1.0"  # E: Unsupported operand types for > ("Version" and "str")  [operator]
reveal_type(Version(1) <= Version(2))  # N: Revealed type is "bool"
newest = max([Version(1), Version(2)])
reveal_type(newest)  # N: Revealed type is "ordering.Version"
