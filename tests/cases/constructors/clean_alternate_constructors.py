# Clean: classmethods that build instances through cls(...).
from typing import TypeVar

TDate = TypeVar("TDate", bound="SimpleDate")


class SimpleDate:
    def __init__(self, year: int, month: int, day: int) -> None:
        self.year = year
        self.month = month
        self.day = day

    @classmethod
    def parse(cls, text: str) -> "SimpleDate":
        year, month, day = (int(part) for part in text.split("-"))
        return cls(year, month, day)

    @classmethod
    def epoch(cls: type[TDate]) -> TDate:
        return cls(1970, 1, 1)


class Birthday(SimpleDate):
    pass


release = SimpleDate.parse("2024-05-01")
party: Birthday = Birthday.epoch()
