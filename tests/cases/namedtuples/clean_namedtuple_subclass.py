# Deriving from a named tuple to add behaviour.
from typing import NamedTuple


class _Span(NamedTuple):
    start: int
    end: int


class Span(_Span):
    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, position: int) -> bool:
        return self.start <= position < self.end

    def shifted(self, offset: int) -> "Span":
        return Span(self.start + offset, self.end + offset)


span = Span(3, 9).shifted(2)
start, end = span
print(len(span), span.contains(5), start, end, span[0] < span[1])
