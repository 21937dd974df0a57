# ClassVar annotations and plain assignments are not fields.
from dataclasses import dataclass
from typing import ClassVar


@dataclass
class Counter:
    instances: ClassVar[int] = 0
    unit = "items"
    start: int
    step: int = 1


Counter(0)
Counter(0, 2)
Counter(0, 2, 3)  # E: Too many arguments for "Counter"  [call-arg]
Counter(instances=1, start=0)  # E: Unexpected keyword argument "instances" for "Counter"  [call-arg]
reveal_type(Counter.instances)  # N: Revealed type is "int"
reveal_type(Counter.__init__)  # N: Revealed type is "def (self: classvar_fields.Counter, start: int, step: int =)"
