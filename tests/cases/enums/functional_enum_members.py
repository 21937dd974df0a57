# What mypy knows of a functional enum: its members, their literal types and values.
from enum import Enum, IntEnum

Weekday = Enum("Weekday", ["MONDAY", "TUESDAY", "WEDNESDAY"])
Priority = IntEnum("Priority", [("LOW", 1), ("MEDIUM", 5), ("HIGH", 10)])
Unit = Enum("Unit", "METRE, GRAM, SECOND")

reveal_type(Weekday.MONDAY)  # N: Revealed type is "Literal[functional_enum_members.Weekday.MONDAY]?"
reveal_type(Weekday.MONDAY.value)  # N: Revealed type is "Any"
reveal_type(Priority.HIGH.value)  # N: Revealed type is "Literal[10]?"
reveal_type(Unit.SECOND)  # N: Revealed type is "Literal[functional_enum_members.Unit.SECOND]?"
Weekday.SUNDAY  # E: "type[Weekday]" has no attribute "SUNDAY"  [attr-defined]
Unit.KELVIN  # E: "type[Unit]" has no attribute "KELVIN"  [attr-defined]


def next_day(day: Weekday) -> Weekday:
    if day is Weekday.MONDAY:
        return Weekday.TUESDAY
    reveal_type(day)  # N: Revealed type is "Literal[functional_enum_members.Weekday.TUESDAY] | Literal[functional_enum_members.Weekday.WEDNESDAY]"
    return Weekday.WEDNESDAY


def weight(priority: Priority) -> int:
    return priority.value * 2


weight(Priority.LOW)
weight(Weekday.MONDAY)  # E: Argument 1 to "weight" has incompatible type "Weekday"; expected "Priority"  [arg-type]
reveal_type(Priority(5))  # N: Revealed type is "functional_enum_members.Priority"
reveal_type(Weekday["TUESDAY"])  # N: Revealed type is "functional_enum_members.Weekday"
