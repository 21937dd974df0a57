# Read-only protocol members (properties) are satisfied by attributes and
# properties alike.
from typing import Protocol


class Labeled(Protocol):
    @property
    def label(self) -> str: ...


class Plain:
    label: str = "plain"


class Computed:
    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    @property
    def label(self) -> str:
        return self.prefix + "!"


def show(item: Labeled) -> str:
    return item.label.upper()


show(Plain())
show(Computed("x"))
items: list[Labeled] = [Plain(), Computed("y")]
