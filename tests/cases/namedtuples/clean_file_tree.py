# A file tree: named tuple entries of an enum kind, in dataclass nodes, walked and unpacked.
from __future__ import annotations
from collections import defaultdict
from dataclasses import dataclass, field
from enum import Enum
from typing import Iterator, NamedTuple, Optional


class Kind(Enum):
    FILE = "file"
    DIR = "dir"


class Entry(NamedTuple):
    name: str
    kind: Kind
    size: int = 0


@dataclass
class Tree:
    entries: list[Entry] = field(default_factory=list)
    children: dict[str, Tree] = field(default_factory=dict)

    def walk(self) -> Iterator[Entry]:
        yield from self.entries
        for child in self.children.values():
            yield from child.walk()

    def sizes(self) -> dict[Kind, int]:
        totals: dict[Kind, int] = defaultdict(int)
        for name, kind, size in self.walk():
            totals[kind] += size
        return dict(totals)

    def largest(self) -> Optional[Entry]:
        files = [e for e in self.walk() if e.kind is Kind.FILE]
        return max(files, key=lambda e: e.size) if files else None


tree = Tree([Entry("a", Kind.FILE, 3), Entry("d", Kind.DIR)])
tree.children["sub"] = Tree([Entry("b", Kind.FILE, 10)])
big = tree.largest()
if big is not None:
    name, kind, size = big
    print(name.upper(), kind.value, size + 1)
print({k.name: v for k, v in tree.sizes().items()})
pairs = [(e.name, e.size) for e in tree.walk()]
by_kind = {kind: [e for e in tree.walk() if e.kind == kind] for kind in Kind}
counts = {kind.value: len(items) for kind, items in by_kind.items()}
first, *others = tree.entries
print(first._replace(size=1), others, counts, pairs)
state = Kind.FILE
while state is not Kind.DIR:
    state = Kind.DIR
print(state.value)
