# Enum members as dictionary keys, in sets, sorted by value and matched with a literal type.
from enum import Enum, unique
from typing import Literal


@unique
class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2
    SATURDAY = 6
    SUNDAY = 7


Weekend = Literal[Weekday.SATURDAY, Weekday.SUNDAY]


def rest(day: Weekend) -> str:
    return f"resting on {day.name}"


def is_weekend(day: Weekday) -> bool:
    return day in {Weekday.SATURDAY, Weekday.SUNDAY}


hours: dict[Weekday, int] = {day: 8 for day in Weekday if not is_weekend(day)}
ordered = sorted(Weekday, key=lambda d: d.value)
first: Weekday = ordered[0]
print(rest(Weekday.SUNDAY), hours.get(Weekday.MONDAY, 0), first.value + 1)
print(list(Weekday.__members__), len(Weekday), Weekday.SUNDAY in Weekday)
