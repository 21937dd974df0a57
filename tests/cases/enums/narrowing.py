# Comparing with a member (`is`, `==`) narrows an enum to that member, or to the others.
from enum import Enum
from typing import Optional


class Status(Enum):
    ACTIVE = "active"
    PAUSED = "paused"
    STOPPED = "stopped"


def describe(status: Status) -> int:
    if status is Status.ACTIVE:
        reveal_type(status)  # N: Revealed type is "Literal[narrowing.Status.ACTIVE]"
        return 1
    reveal_type(status)  # N: Revealed type is "Literal[narrowing.Status.PAUSED] | Literal[narrowing.Status.STOPPED]"
    if status == Status.PAUSED:
        reveal_type(status)  # N: Revealed type is "Literal[narrowing.Status.PAUSED]"
        return 2
    reveal_type(status)  # N: Revealed type is "Literal[narrowing.Status.STOPPED]"
    return status  # E: Incompatible return value type (got "Literal[Status.STOPPED]", expected "int")  [return-value]


def maybe(status: Optional[Status]) -> None:
    if status is Status.STOPPED:
        return
    reveal_type(status)  # N: Revealed type is "Literal[narrowing.Status.ACTIVE] | Literal[narrowing.Status.PAUSED] | None"
    if status is not None and status is not Status.ACTIVE:
        reveal_type(status)  # N: Revealed type is "Literal[narrowing.Status.PAUSED]"


def joined(status: Status) -> None:
    if status is Status.ACTIVE:
        pass
    else:
        reveal_type(status)  # N: Revealed type is "Literal[narrowing.Status.PAUSED] | Literal[narrowing.Status.STOPPED]"
    reveal_type(status)  # N: Revealed type is "narrowing.Status"
    count: int = status  # E: Incompatible types in assignment (expression has type "Status", variable has type "int")  [assignment]


def either(status: Status) -> None:
    if status is Status.ACTIVE or status is Status.PAUSED:
        reveal_type(status)  # N: Revealed type is "Literal[narrowing.Status.ACTIVE] | Literal[narrowing.Status.PAUSED]"
        wrong: int = status  # E: Incompatible types in assignment (expression has type "Literal[Status.ACTIVE, Status.PAUSED]", variable has type "int")  [assignment]
