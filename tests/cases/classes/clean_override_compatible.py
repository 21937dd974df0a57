# Overrides that keep the base's promises: wider arguments, narrower results,
# extra optional parameters.
from typing import Sequence


class Source:
    def fetch(self, limit: int) -> Sequence[str]:
        return []

    def count(self, items: list[int]) -> float:
        return 0.0

    def tag(self, name: str) -> str | None:
        return None


class ListSource(Source):
    def fetch(self, limit: float, offset: int = 0) -> list[str]:
        return ["x"] * int(limit)

    def count(self, items: Sequence[int], *extra: int) -> int:
        return len(items) + len(extra)

    def tag(self, name: object, **options: str) -> str:
        return str(name)


def use(source: Source) -> int:
    return len(source.fetch(3))


use(ListSource())
