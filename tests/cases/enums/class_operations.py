# An enum class iterates over its members, looks them up by value and by name.
from enum import Enum


class Planet(Enum):
    MERCURY = 1
    VENUS = 2
    EARTH = 3


for planet in Planet:
    reveal_type(planet)  # N: Revealed type is "class_operations.Planet"
reveal_type(list(Planet))  # N: Revealed type is "list[class_operations.Planet]"
reveal_type(Planet(3))  # N: Revealed type is "class_operations.Planet"
reveal_type(Planet["EARTH"])  # N: Revealed type is "class_operations.Planet"
reveal_type([p.name for p in Planet])  # N: Revealed type is "list[str]"
count: str = len(Planet)  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
Planet.PLUTO  # E: "type[Planet]" has no attribute "PLUTO"  [attr-defined]
Planet.EARTH = 4  # E: Cannot assign to final attribute "EARTH"  [misc]
