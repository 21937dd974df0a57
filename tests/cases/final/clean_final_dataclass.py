# Final fields of dataclasses and final constants of named tuples' surroundings, read only.
from dataclasses import dataclass
from typing import Final, NamedTuple

MAX_RETRIES: Final = 5


@dataclass
class Job:
    name: str
    retries: int = MAX_RETRIES


class Limits(NamedTuple):
    low: int
    high: int


DEFAULT_LIMITS: Final = Limits(0, MAX_RETRIES)


def plan(job: Job) -> list[str]:
    return [f"{job.name} #{attempt}" for attempt in range(min(job.retries, DEFAULT_LIMITS.high))]


print(plan(Job("sync")), DEFAULT_LIMITS.low)
