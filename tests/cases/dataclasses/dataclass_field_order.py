# A field without a default cannot follow one with a default, including a base's.
from dataclasses import dataclass, field


@dataclass
class Config:
    name: str
    debug: bool = False
    level: int  # E: Attributes without a default cannot follow attributes with one  [misc]


@dataclass
class Base:
    retries: int = 3


@dataclass
class Derived(Base):
    host: str  # E: Attributes without a default cannot follow attributes with one  [misc]


@dataclass
class FactoryFirst:
    tags: list[str] = field(default_factory=list)
    owner: str  # E: Attributes without a default cannot follow attributes with one  [misc]


@dataclass
class SkippedByInit:
    a: int = 0
    b: int = field(init=False)


@dataclass
class Fine:
    a: int
    b: int = 0
    c: str = ""
