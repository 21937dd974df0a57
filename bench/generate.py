#!/usr/bin/env python3
"""Generate a deterministic multi-package Python project for benchmarking type checkers.

Usage:

    python3 bench/generate.py --lines 25000 OUT_DIR

OUT_DIR receives three top-level packages and a manifest:

  lib/containers/   generic containers (Generic[T] classes, generic functions)
  lib/util/         helper functions over builtins and the standard library
  app/models/       a base class, dataclasses and model classes (properties, classmethods)
  app/services/     service classes over the models, using lib
  tools/reports/    report scripts using the services through `import a.b`
  planted.json      every deliberate type error: file, line, mypy error code

The project grows by "units" (one util module, one model, one service and one report,
about 340 lines) until it has at least --lines lines. Everything is drawn from random
generators seeded per module, so the same --lines gives a byte-identical tree, and unit i
is the same whatever --lines is. The code is ordinary annotated Python that imports and
runs under CPython 3.11, except for the planted errors: statements that mypy reports
with exactly one error each, at the line recorded in planted.json.

Standard library only (Python 3.11+).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_LINES = 25_000
MANIFEST = "planted.json"

# A planted error is written with this marker at the end of its line; the marker is
# stripped when the file is written, and the line number goes into the manifest.
PLANT_MARK = "  #@plant:"

# Plants on builtins and on calls of annotated functions need no understanding of the
# project's classes; plants on attributes, methods and constructors of the project's
# classes do. The manifest records which is which, so results can be read per group.
VIA_FUNCTIONS = "functions"
VIA_CLASSES = "classes"


def plant(line: str, code: str, via: str) -> str:
    return f"{line}{PLANT_MARK}{code}:{via}"


def module_rng(path: str) -> random.Random:
    """A random generator that depends only on the module's path (stable across runs)."""
    return random.Random(zlib.crc32(path.encode()) * 7919 + 20240611)


# --------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------

ENTITIES = (
    "customer", "order", "invoice", "product", "shipment", "account", "ticket", "project",
    "task", "review", "payment", "coupon", "warehouse", "supplier", "employee", "team",
    "event", "booking", "room", "vehicle", "route", "driver", "course", "student",
    "lesson", "author", "article", "comment", "device", "sensor", "reading", "alert",
    "contract", "clause", "budget", "expense", "patient", "visit", "recipe", "ingredient",
)

UTIL_TOPICS = (
    "strings", "numbers", "parsing", "paths", "formatting", "records", "tables", "scoring",
    "filters", "grouping", "encoding", "matching", "ranking", "buckets", "windows", "labels",
)


def nth_name(names: tuple[str, ...], index: int) -> str:
    """names[index], then the same names with a round number once they run out."""
    base = names[index % len(names)]
    round_number = index // len(names)
    return base if round_number == 0 else f"{base}{round_number + 1}"


def a_or_an(word: str) -> str:
    return f"an {word}" if word[0] in "aeiou" else f"a {word}"


def class_name(entity: str) -> str:
    return "".join(part.capitalize() for part in entity.split("_"))


# --------------------------------------------------------------------------------------
# Generated files
# --------------------------------------------------------------------------------------


@dataclass
class Plant:
    file: str
    line: int
    code: str
    via: str


@dataclass
class Project:
    files: dict[str, str] = field(default_factory=dict)  # relative path -> text
    plants: list[Plant] = field(default_factory=list)

    def add(self, path: str, text: str) -> None:
        """Record a file, taking its plant markers out and into the manifest."""
        lines = text.split("\n")
        for number, line in enumerate(lines, start=1):
            if PLANT_MARK in line:
                line, marker = line.split(PLANT_MARK)
                code, via = marker.split(":")
                lines[number - 1] = line
                self.plants.append(Plant(path, number, code, via))
        self.files[path] = "\n".join(lines)

    @property
    def line_count(self) -> int:
        return sum(text.count("\n") for text in self.files.values())


def join_blocks(header: list[str], blocks: list[str]) -> str:
    """A module: header lines, then top-level blocks two blank lines apart."""
    head = "\n".join(header).rstrip("\n")
    body = "\n\n\n".join(block.strip("\n") for block in blocks)
    return f"{head}\n\n\n{body}\n"


# --------------------------------------------------------------------------------------
# lib/containers: a fixed set of generic modules
# --------------------------------------------------------------------------------------

CONTAINER_MODULES: dict[str, str] = {
    "lib/containers/registry.py": '''
"""A keyed registry of items of one type."""

from typing import Callable, Generic, Iterator, Optional, TypeVar

T = TypeVar("T")


class Registry(Generic[T]):
    """Items stored under integer keys, in insertion order."""

    def __init__(self) -> None:
        self._items: dict[int, T] = {}
        self._next_key = 1

    def add(self, item: T) -> int:
        key = self._next_key
        self._items[key] = item
        self._next_key += 1
        return key

    def get(self, key: int) -> Optional[T]:
        return self._items.get(key)

    def remove(self, key: int) -> bool:
        if key in self._items:
            del self._items[key]
            return True
        return False

    def values(self) -> list[T]:
        return list(self._items.values())

    def select(self, keep: Callable[[T], bool]) -> list[T]:
        return [item for item in self._items.values() if keep(item)]

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return iter(list(self._items.values()))

    @property
    def size(self) -> int:
        return len(self._items)

    @classmethod
    def of(cls, items: list[T]) -> "Registry[T]":
        registry: Registry[T] = cls()
        for item in items:
            registry.add(item)
        return registry
''',
    "lib/containers/pairs.py": '''
"""Pairs and small generic helpers over lists."""

from dataclasses import dataclass
from typing import Callable, Generic, Optional, TypeVar

K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T")


@dataclass(frozen=True)
class Pair(Generic[K, V]):
    """An immutable key and value."""

    key: K
    value: V

    def swap(self) -> "Pair[V, K]":
        return Pair(self.value, self.key)


def first_or_default(items: list[T], default: T) -> T:
    """The first item, or default for an empty list."""
    return items[0] if items else default


def last(items: list[T]) -> Optional[T]:
    """The last item, or None for an empty list."""
    return items[-1] if items else None


def chunked(items: list[T], size: int) -> list[list[T]]:
    """The items in consecutive chunks of at most size."""
    return [items[start:start + size] for start in range(0, len(items), size)]


def pair_up(keys: list[K], values: list[V]) -> list[Pair[K, V]]:
    """Keys and values side by side, as long as the shorter list."""
    return [Pair(key, value) for key, value in zip(keys, values)]


def index_by(items: list[T], key: Callable[[T], str]) -> dict[str, T]:
    """The items by a string key; later items win."""
    return {key(item): item for item in items}


def count_where(items: list[T], keep: Callable[[T], bool]) -> int:
    """How many items keep accepts."""
    return sum(1 for item in items if keep(item))
''',
    "lib/containers/cache.py": '''
"""A small least-recently-used cache."""

import collections
from typing import Generic, Optional, TypeVar

V = TypeVar("V")


class LruCache(Generic[V]):
    """Values by string key; the least recently used one goes first when full."""

    def __init__(self, capacity: int = 128) -> None:
        self.capacity = capacity
        self._entries: collections.OrderedDict[str, V] = collections.OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> Optional[V]:
        if key not in self._entries:
            self.misses += 1
            return None
        self._entries.move_to_end(key)
        self.hits += 1
        return self._entries[key]

    def put(self, key: str, value: V) -> None:
        self._entries[key] = value
        self._entries.move_to_end(key)
        while len(self._entries) > self.capacity:
            self._entries.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def hit_rate(self) -> float:
        total = self.hits + self.misses
        return self.hits / total if total else 0.0
''',
    "lib/containers/stack.py": '''
"""A stack and a bounded queue."""

import collections
from typing import Generic, Optional, TypeVar

T = TypeVar("T")


class Stack(Generic[T]):
    """Last in, first out."""

    def __init__(self, items: Optional[list[T]] = None) -> None:
        self._items: list[T] = list(items) if items is not None else []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        return self._items.pop()

    def peek(self) -> Optional[T]:
        return self._items[-1] if self._items else None

    def __len__(self) -> int:
        return len(self._items)

    @property
    def empty(self) -> bool:
        return not self._items


class BoundedQueue(Generic[T]):
    """First in, first out, dropping the oldest item when full."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._items: collections.deque[T] = collections.deque(maxlen=limit)

    def put(self, item: T) -> None:
        self._items.append(item)

    def take(self) -> Optional[T]:
        return self._items.popleft() if self._items else None

    def snapshot(self) -> list[T]:
        return list(self._items)
''',
}

PACKAGE_DOCS: dict[str, str] = {
    "lib/__init__.py": "Shared libraries: generic containers and helper functions.",
    "lib/containers/__init__.py": "Generic containers.",
    "lib/util/__init__.py": "Helper functions over builtins and the standard library.",
    "app/__init__.py": "The application: models and the services over them.",
    "app/services/__init__.py": "Services over the models.",
    "tools/__init__.py": "Command-line tools.",
    "tools/reports/__init__.py": "Text reports, one per model.",
}

BASE_MODEL = '''
"""The base class of all models."""


class Model:
    """Something with an identity, a name and free-form tags."""

    kind = "model"

    def __init__(self, ident: int, name: str) -> None:
        self.ident = ident
        self.name = name
        self.tags: set[str] = set()

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.ident}"

    def describe(self) -> str:
        return f"{self.kind} {self.name} ({self.ident})"

    def tag(self, *labels: str) -> None:
        self.tags.update(labels)

    def has_tag(self, label: str) -> bool:
        return label in self.tags
'''


# --------------------------------------------------------------------------------------
# lib/util: helper functions drawn from templates
# --------------------------------------------------------------------------------------
#
# Templates use @n (unique function suffix), @c / @d / @k / @m (small integers) as
# placeholders, so that the f-strings inside the generated code need no escaping.
# Each template declares the standard-library modules it uses.

UTIL_TEMPLATES: dict[str, tuple[tuple[str, ...], str]] = {
    "total": ((), '''
def total_@n(values: list[int], scale: int = 1) -> int:
    """Sum the values above a threshold, scaled; penalise the others."""
    total = 0
    for value in values:
        if value > @c:
            total += value * scale
        else:
            total -= @d
    return total
'''),
    "label": ((), '''
def label_@n(name: str, count: int) -> str:
    """A short label for a named count."""
    prefix = name.strip().lower()
    if count > @c:
        suffix = "many"
    elif count == 0:
        suffix = "none"
    else:
        suffix = str(count)
    return f"{prefix}-{suffix}:{count * @d}"
'''),
    "lookup": ((), '''
def lookup_@n(table: dict[str, int], key: str) -> Optional[int]:
    """The value for key, or for the first key sharing its prefix."""
    if key in table:
        return table[key] + @c
    for candidate, value in table.items():
        if candidate.startswith(key[:@k]):
            return value
    return None
'''),
    "count": ((), '''
def count_@n(words: list[str]) -> dict[str, int]:
    """How often each word occurs, case-folded, keeping the frequent ones."""
    counts: dict[str, int] = {}
    for word in words:
        key = word.lower()
        counts[key] = counts.get(key, 0) + 1
    return {word: n for word, n in counts.items() if n >= @k}
'''),
    "keep": ((), '''
def keep_@n(values: list[int], limit: Optional[int] = None) -> list[int]:
    """The values below the limit that are not multiples of @m, sorted."""
    bound = limit if limit is not None else @c
    kept = [value for value in values if value % @m != 0 and value < bound]
    kept.sort()
    return kept
'''),
    "group": ((), '''
def group_@n(pairs: list[tuple[str, int]]) -> dict[str, list[int]]:
    """Group the values of (key, value) pairs by key."""
    groups: dict[str, list[int]] = {}
    for key, value in pairs:
        if key not in groups:
            groups[key] = []
        groups[key].append(value + @d)
    return groups
'''),
    "mean": ((), '''
def mean_@n(values: list[float]) -> float:
    """The arithmetic mean, 0.0 for no values."""
    if not values:
        return 0.0
    total = 0.0
    for value in values:
        total += value
    return total / len(values) + @d
'''),
    "parse": ((), '''
def parse_@n(text: str) -> list[int]:
    """Comma-separated integers, skipping the leading ones below @c."""
    numbers: list[int] = []
    for part in text.split(","):
        part = part.strip()
        if part.isdigit():
            numbers.append(int(part))
    index = 0
    while index < len(numbers) and numbers[index] < @c:
        index += 1
    return numbers[index:]
'''),
    "report": ((), '''
def report_@n(items: dict[str, int], title: str) -> list[str]:
    """A small aligned text report of named counts."""
    lines: list[str] = [title.upper()]
    width = max((len(name) for name in items), default=0)
    for name, value in sorted(items.items()):
        lines.append(f"{name:<{width}} {value:>@k}")
    lines.append(f"total={sum(items.values())} of {len(items)} (@c)")
    return lines
'''),
    "pairs": ((), '''
def pairs_@n(names: list[str], values: list[int]) -> list[tuple[str, int]]:
    """Zip names with values, dropping empty names and negative values."""
    result: list[tuple[str, int]] = []
    for name, value in zip(names, values):
        if not name or value < 0:
            continue
        result.append((name, value % @m))
    return result
'''),
    "slug": (("re",), '''
def slug_@n(text: str) -> str:
    """Lower-case words joined by dashes, at most @k of them."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(words[:@k])
'''),
    "path": (("os",), '''
def path_@n(root: str, parts: list[str]) -> str:
    """A path below root, skipping empty parts and stray slashes."""
    cleaned = [part.strip("/") for part in parts if part.strip("/")]
    return os.path.join(root, *cleaned)
'''),
    "dump": (("json",), '''
def dump_@n(values: dict[str, int]) -> str:
    """The values above @d as compact JSON with sorted keys."""
    kept = {key: value for key, value in values.items() if value > @d}
    return json.dumps(kept, sort_keys=True, separators=(",", ":"))
'''),
    "tally": (("collections",), '''
def tally_@n(words: list[str]) -> list[tuple[str, int]]:
    """The @k most common words, case-folded."""
    counter = collections.Counter(word.lower() for word in words)
    return counter.most_common(@k)
'''),
}


def render_template(kind: str, suffix: str, rng: random.Random) -> str:
    text = UTIL_TEMPLATES[kind][1].strip("\n")
    for token, value in (
        ("@n", suffix),
        ("@c", str(rng.randint(3, 60))),
        ("@d", str(rng.randint(1, 9))),
        ("@k", str(rng.randint(2, 6))),
        ("@m", str(rng.randint(2, 7))),
    ):
        text = text.replace(token, value)
    return text


def call_lines(kind: str, func: str, var: str, rng: random.Random) -> list[str]:
    """Statements calling func (of the given kind) type-correctly and binding its result
    to var, in a context that has `seed: int`, `values: list[int]`, `acc: int` and
    `words: list[str]` in scope. Unindented."""
    c = rng.randint(2, 40)
    recipes: dict[str, list[str]] = {
        "total": [f"{var} = {func}(values, {c})", f"acc += {var}"],
        "label": [f'{var} = {func}(f"item{{seed}}", acc % {c})', f"words.append({var})"],
        "lookup": [
            f'{var} = {func}({{"alpha": seed, "beta": {c}}}, "al")',
            f"if {var} is not None:",
            f"    acc += {var}",
        ],
        "count": [f'{var} = {func}(words + ["x", "y", str(seed)])', f"acc += len({var})"],
        "keep": [f"{var} = {func}(values, {c})", f"acc += sum({var})"],
        "group": [
            f'{var} = {func}([("k", seed), ("j", {c}), ("k", acc)])',
            f'acc += len({var}.get("k", []))',
        ],
        "mean": [f"{var} = {func}([float(v) for v in values])", f"acc += int({var})"],
        "parse": [f'{var} = {func}(",".join(str(v) for v in values))', f"values = values + {var}"],
        "report": [f"{var} = {func}({{w: len(w) for w in words}}, \"t{c}\")", f"acc += len({var})"],
        "pairs": [f"{var} = {func}(words, values)", f"acc += len({var})"],
        "slug": [f'{var} = {func}(" ".join(words))', f"words.append({var})"],
        "path": [f'{var} = {func}("/srv/data", words[:{c % 5 + 1}])', f"acc += len({var})"],
        "dump": [f"{var} = {func}({{w: len(w) for w in words}})", f"acc += len({var})"],
        "tally": [f"{var} = {func}(words)", f"acc += sum(n for _, n in {var})"],
    }
    return recipes[kind]


# One argument too many for each kind: the other arguments are of the right types, so
# mypy reports only the arity.
TOO_MANY_ARGUMENTS: dict[str, str] = {
    "total": "values, 2, seed",
    "label": '"x", 1, seed',
    "lookup": '{"a": 1}, "a", seed',
    "count": "words, seed",
    "keep": "values, 3, seed",
    "group": '[("a", 1)], seed',
    "mean": "[1.0], seed",
    "parse": '"1,2", seed',
    "report": '{"a": 1}, "t", seed',
    "pairs": "words, values, seed",
    "slug": '"x", seed',
    "path": '"/srv", words, seed',
    "dump": '{"a": 1}, seed',
    "tally": "words, seed",
}

# A first argument of the wrong type for each kind (the only error in the call), given
# the names of a list[int], a list[str] and an int in scope.
WRONG_FIRST_ARGUMENT: dict[str, str] = {
    "total": "{strs}",
    "label": "{int}, 1",
    "lookup": '{strs}, "a"',
    "count": "{ints}",
    "keep": "{strs}",
    "group": "{strs}",
    "mean": "{strs}",
    "parse": "{ints}",
    "report": '{strs}, "t"',
    "pairs": "{int}, {ints}",
    "slug": "{int}",
    "path": "{int}, {strs}",
    "dump": "{strs}",
    "tally": "{int}",
}


def wrong_call(func: str, kind: str, ints: str, strs: str, integer: str) -> str:
    return f"{func}({WRONG_FIRST_ARGUMENT[kind].format(ints=ints, strs=strs, int=integer)})"


def util_plant(kind_index: int, exports: list[tuple[str, str]], rng: random.Random) -> list[str]:
    """One planted error for the main() of a util module (unindented lines). All of
    them are on builtins or on calls of the module's own annotated functions."""
    c = rng.randint(2, 99)
    choice = kind_index % 6
    if choice == 0:
        return [plant(f'limit: int = "{c}"', "assignment", VIA_FUNCTIONS)]
    if choice == 1:
        kind, func = exports[rng.randrange(len(exports))]
        if rng.random() < 0.5:
            return [plant("words.append(seed)", "arg-type", VIA_FUNCTIONS)]
        return [plant(wrong_call(func, kind, "values", "words", "seed"), "arg-type", VIA_FUNCTIONS)]
    if choice == 2:
        return ["if not words:", plant(f'    return "empty{c}"', "return-value", VIA_FUNCTIONS)]
    if choice == 3:
        method = rng.choice(["push", "add", "length"])
        return [plant(f'words.{method}("w{c}")', "attr-defined", VIA_FUNCTIONS)]
    if choice == 4:
        kind, func = exports[rng.randrange(len(exports))]
        return [plant(f"{func}({TOO_MANY_ARGUMENTS[kind]})", "call-arg", VIA_FUNCTIONS)]
    return [plant('heading = "total: " + acc', "operator", VIA_FUNCTIONS)]


@dataclass
class UtilModule:
    module: str  # dotted name
    exports: list[tuple[str, str]]  # (kind, function name)


def generate_util(project: Project, index: int, earlier: list[UtilModule]) -> UtilModule:
    topic = nth_name(UTIL_TOPICS, index)
    path = f"lib/util/{topic}.py"
    rng = module_rng(path)
    util = UtilModule(module=f"lib.util.{topic}", exports=[])
    target_lines = rng.randint(100, 150)

    # Functions from one or two earlier util modules, imported by name.
    imported: list[tuple[str, str]] = []
    import_lines: list[str] = []
    if earlier:
        sources = rng.sample(earlier, k=min(len(earlier), rng.randint(1, 2)))
        for source in sorted(sources, key=lambda m: m.module):
            picks = sorted(rng.sample(source.exports, k=min(len(source.exports), rng.randint(1, 3))),
                           key=lambda export: export[1])
            import_lines.append(f"from {source.module} import {', '.join(f for _, f in picks)}")
            imported.extend(picks)

    blocks: list[str] = []
    stdlib: set[str] = set()
    used = 16 + len(import_lines)
    serial = 0
    if imported:
        combine = [
            f"def combine_{index}(seed: int) -> str:",
            '    """Feed the results of several helpers into each other."""',
            f"    values = [seed * {rng.randint(2, 9)} + i for i in range({rng.randint(4, 20)})]",
            "    acc = 0",
            "    words: list[str] = []",
        ]
        for number, (kind, func) in enumerate(imported):
            combine += ["    " + line for line in call_lines(kind, func, f"got{number}", rng)]
        combine += ["    words.append(str(acc))", '    return ", ".join(words)']
        blocks.append("\n".join(combine))
        used += len(combine) + 3
    for _ in range(40):
        kind = rng.choice(list(UTIL_TEMPLATES))
        block = render_template(kind, f"{index}_{serial}", rng)
        size = block.count("\n") + 4
        if used + size + 20 > target_lines:
            if used + 20 >= target_lines - 6:
                break
            continue
        blocks.append(block)
        stdlib.update(UTIL_TEMPLATES[kind][0])
        util.exports.append((kind, f"{kind}_{index}_{serial}"))
        used += size
        serial += 1
    if not util.exports:
        blocks.append(render_template("total", f"{index}_{serial}", rng))
        util.exports.append(("total", f"total_{index}_{serial}"))

    # main() exercises the module's own functions, and carries the planted error.
    main = [
        "def main() -> int:",
        '    """Run the helpers on sample data; the result is a checksum."""',
        f"    seed = THRESHOLD + {rng.randint(1, 9)}",
        "    values = [seed + i * i for i in range(8)]",
        "    acc = 0",
        "    words: list[str] = list(NAMES)",
    ]
    for number, (kind, func) in enumerate(rng.sample(util.exports, k=min(len(util.exports), 4))):
        main += ["    " + line for line in call_lines(kind, func, f"got{number}", rng)]
    if imported:
        main.append(f"    words.append(combine_{index}(seed))")
    main += ["    " + line for line in util_plant(index, util.exports, rng)]
    main += [
        "    summary = {word: len(word) for word in words if word}",
        '    print(f"{len(summary)} words, acc={acc}, longest={max(summary.values(), default=0)}")',
        "    return acc",
    ]
    blocks.append("\n".join(main))
    blocks.append('if __name__ == "__main__":\n    main()')

    header = [f'"""Helpers about {topic.rstrip("0123456789")}: ordinary annotated functions."""', ""]
    header += [f"import {name}" for name in sorted(stdlib)]
    header += ["from typing import Optional", ""]
    header += import_lines
    header += [
        "",
        f"THRESHOLD: int = {rng.randint(10, 99)}",
        f'NAMES: list[str] = ["{topic}", "alpha", "beta", "gamma"]',
    ]
    project.add(path, join_blocks(header, blocks))
    return util


# --------------------------------------------------------------------------------------
# app/models: one module per entity
# --------------------------------------------------------------------------------------


@dataclass
class Entity:
    name: str  # e.g. "order"
    cls: str  # e.g. "Order"
    item_cls: str  # the dataclass of its items, e.g. "OrderItem"
    owner: Entity | None  # an earlier entity it may belong to


MODEL_EXTRA_METHODS: dict[str, str] = {
    "cheapest": '''
    def cheapest(self) -> Optional[@Item]:
        """The item with the lowest unit price, if any."""
        best: Optional[@Item] = None
        for item in self.items:
            if best is None or item.price < best.price:
                best = item
        return best
''',
    "count_tagged": '''
    def count_tagged(self, tag: str) -> int:
        """How many items carry tag."""
        return sum(1 for item in self.items if item.tagged(tag))
''',
    "summary": '''
    def summary(self) -> dict[str, float]:
        """Quantity and cost totals."""
        quantity = sum(item.quantity for item in self.items)
        return {"items": float(len(self.items)), "quantity": float(quantity), "cost": self.total}
''',
    "rename": '''
    def rename(self, new_name: str) -> str:
        """Take a new name, with runs of spaces collapsed; return the old one."""
        old = self.name
        self.name = re.sub(r"\\s+", " ", new_name).strip() or old
        return old
''',
    "by_label": '''
    def by_label(self) -> dict[str, list[@Item]]:
        """The items grouped by label."""
        groups: dict[str, list[@Item]] = {}
        for item in self.items:
            groups.setdefault(item.label, []).append(item)
        return groups
''',
}


def model_plant(unit: int, entity: Entity, rng: random.Random) -> dict[str, list[str]]:
    """Planted errors for a model, keyed by where they go. They all need the project's
    classes to be understood: attribute types set in __init__, properties, dataclass
    constructors."""
    if unit % 2 == 1:
        return {}
    choice = (unit // 2) % 6
    c = rng.randint(2, 99)
    if choice == 0:
        return {"promote": [plant(f"        self.status = {c}", "assignment", VIA_CLASSES)]}
    if choice == 1:
        return {"add_item": [plant(f"        swapped = {entity.item_cls}(label, price, quantity)",
                                   "arg-type", VIA_CLASSES)]}
    if choice == 2:
        return {"owner_name": [plant("            return self.priority", "return-value", VIA_CLASSES)]}
    if choice == 3:
        return {"describe_status": [plant("        shout = self.status.uppercase()", "attr-defined",
                                          VIA_CLASSES)]}
    if choice == 4:
        return {"add_item": [plant(f"        extra = {entity.item_cls}(label, quantity, price, [], {c})",
                                   "call-arg", VIA_CLASSES)]}
    return {"promote": [plant("        gap = self.priority - self.name", "operator", VIA_CLASSES)]}


def generate_model(project: Project, unit: int, entity: Entity) -> None:
    path = f"app/models/{entity.name}.py"
    rng = module_rng(path)
    plants = model_plant(unit, entity, rng)
    cls, item = entity.cls, entity.item_cls
    extras = sorted(rng.sample(list(MODEL_EXTRA_METHODS), k=rng.randint(2, 4)))

    header = [f'"""The {entity.name} model and its items."""', "", "import json"]
    if "rename" in extras:
        header.append("import re")
    header += ["from dataclasses import dataclass, field", "from typing import Optional", "",
               "from .base import Model"]
    if entity.owner is not None:
        header.append(f"from .{entity.owner.name} import {entity.owner.cls}")

    item_block = f'''
@dataclass
class {item}:
    """One line of {a_or_an(entity.name)}."""

    label: str
    quantity: int = 1
    price: float = 0.0
    tags: list[str] = field(default_factory=list)

    def cost(self) -> float:
        return self.quantity * self.price

    def tagged(self, tag: str) -> bool:
        return tag in self.tags
'''
    owner_type = f"Optional[{entity.owner.cls}]" if entity.owner else "Optional[Model]"
    methods: list[str] = [f'''
class {cls}(Model):
    """{a_or_an(entity.name).capitalize()}, with its items and an optional owner."""

    kind = "{entity.name}"

    def __init__(self, ident: int, name: str, owner: {owner_type} = None) -> None:
        super().__init__(ident, name)
        self.owner = owner
        self.items: list[{item}] = []
        self.status: str = "draft"
        self.priority: int = {rng.randint(1, 9)}
'''.strip("\n")]
    methods.append('''
    @property
    def total(self) -> float:
        return sum(item.cost() for item in self.items)
'''.strip("\n"))
    methods.append("\n".join([
        "    @property",
        "    def owner_name(self) -> str:",
        "        if self.owner is None:",
        *plants.get("owner_name", []),
        '            return "none"',
        "        return self.owner.name",
    ]))
    methods.append("\n".join([
        f"    def add_item(self, label: str, quantity: int, price: float) -> {item}:",
        f"        item = {item}(label, quantity, price)",
        *plants.get("add_item", []),
        "        self.items.append(item)",
        "        return item",
    ]))
    methods.append("\n".join([
        "    def promote(self, steps: int = 1) -> int:",
        '        """Raise the priority (1 is the highest)."""',
        *plants.get("promote", []),
        "        self.priority = max(1, self.priority - steps)",
        "        return self.priority",
    ]))
    methods.append("\n".join([
        "    def describe_status(self) -> str:",
        *plants.get("describe_status", []),
        f'        return f"{{self.describe()}}: {{self.status}}, {{len(self.items)}} items"',
    ]))
    for name in extras:
        methods.append(MODEL_EXTRA_METHODS[name].strip("\n").replace("@Item", item))
    methods.append(f'''
    def to_json(self) -> str:
        return json.dumps({{"id": self.ident, "name": self.name, "status": self.status,
                           "total": self.total, "owner": self.owner_name}})

    @classmethod
    def from_record(cls, record: dict[str, str]) -> "{cls}":
        made = cls(int(record.get("id", "0")), record.get("name", "{entity.name}"))
        made.status = record.get("status", "draft")
        return made
'''.strip("\n"))
    project.add(path, join_blocks(header, [item_block, "\n\n".join(methods)]))


# --------------------------------------------------------------------------------------
# app/services: one service module per entity
# --------------------------------------------------------------------------------------


def service_plant(unit: int, entity: Entity, helper: tuple[str, str], rng: random.Random) -> dict[str, list[str]]:
    """Planted errors for a service. Even units get one in a module-level function that
    calls annotated helpers (visible without the project's classes), odd units one on a
    service method or model attribute (needs them)."""
    choice = (unit // 2) % 6
    kind, func = helper
    c = rng.randint(2, 99)
    if unit % 2 == 0:
        plants = [
            plant(f'limit: int = "{c}"', "assignment", VIA_FUNCTIONS),
            plant(wrong_call(func, kind, "sizes", "names", "len(names)"), "arg-type", VIA_FUNCTIONS),
            plant("return len(names)", "return-value", VIA_FUNCTIONS),
            plant(f'names.push("n{c}")', "attr-defined", VIA_FUNCTIONS),
            plant(f"first_or_default(names, \"none\", {c})", "call-arg", VIA_FUNCTIONS),
            plant("width = len(names) + \"wide\"", "operator", VIA_FUNCTIONS),
        ]
        return {"digest": ["    " + plants[choice]]}
    plants = [
        plant(f"    made.status = {c}", "assignment", VIA_CLASSES),
        plant("    service.find(names[0])", "arg-type", VIA_CLASSES),
        plant("    return service.first_name()", "return-value", VIA_CLASSES),
        plant("    made.name.uppercase()", "attr-defined", VIA_CLASSES),
        plant(f"    made.add_item(\"x\", 1, 2.0, {c})", "call-arg", VIA_CLASSES),
        plant("    gap = made.total - made.status", "operator", VIA_CLASSES),
    ]
    return {"seed": [plants[choice]]}


def generate_service(project: Project, unit: int, entity: Entity, util: UtilModule,
                     earlier_services: list[Entity]) -> None:
    path = f"app/services/{entity.name}_service.py"
    rng = module_rng(path)
    cls = entity.cls
    service_cls = f"{cls}Service"
    helpers = sorted(rng.sample(util.exports, k=min(len(util.exports), 2)), key=lambda e: e[1])
    plants = service_plant(unit, entity, helpers[0], rng)
    sibling = rng.choice(earlier_services) if earlier_services else None

    header = [
        f'"""Creating, finding and summarising {entity.name} records."""',
        "",
        "import collections",
        "import re",
        "from typing import Optional",
        "",
        f"from app.models.{entity.name} import {cls}",
        "from lib.containers.pairs import chunked, first_or_default",
        "from lib.containers.registry import Registry",
        f"from {util.module} import {', '.join(func for _, func in helpers)}",
    ]
    if entity.owner is not None:
        header.append(f"from ..models import {entity.owner.cls}")
    if sibling is not None:
        header.append(f"from . import {sibling.name}_service")

    owner_param = f", owner: Optional[{entity.owner.cls}] = None" if entity.owner else ""
    owner_arg = ", owner" if entity.owner else ""
    service_block = f'''
class {service_cls}:
    """Keeps {entity.name} records in a registry and answers questions about them."""

    def __init__(self, prefix: str = "{entity.name[:3]}") -> None:
        self.prefix = prefix
        self.registry: Registry[{cls}] = Registry()
        self.created = 0
        self.journal: collections.deque[str] = collections.deque(maxlen={rng.randint(8, 64)})

    def create(self, name: str{owner_param}) -> {cls}:
        self.created += 1
        made = {cls}(self.created, f"{{self.prefix}}-{{name}}"{owner_arg})
        self.registry.add(made)
        self.journal.append(f"create {{made.key}}")
        return made

    def find(self, ident: int) -> Optional[{cls}]:
        for candidate in self.registry:
            if candidate.ident == ident:
                return candidate
        return None

    def find_by_name(self, pattern: str) -> list[{cls}]:
        regex = re.compile(pattern, re.IGNORECASE)
        return [candidate for candidate in self.registry if regex.search(candidate.name)]

    def names(self) -> list[str]:
        return sorted(candidate.name for candidate in self.registry)

    def status_counts(self) -> dict[str, int]:
        counts: collections.Counter[str] = collections.Counter()
        for candidate in self.registry:
            counts[candidate.status] += 1
        return dict(counts)

    def batches(self, size: int) -> list[list[{cls}]]:
        return chunked(self.registry.values(), size)

    def first_name(self) -> str:
        return first_or_default(self.names(), "none")

    @property
    def busiest(self) -> Optional[{cls}]:
        ranked = sorted(self.registry, key=lambda candidate: len(candidate.items), reverse=True)
        return ranked[0] if ranked else None
'''
    seed_block = "\n".join([
        f"def seed_{entity.name}s(service: {service_cls}, names: list[str]) -> int:",
        f'    """Create one {entity.name} per name, with an item each; return how many exist."""',
        "    for position, name in enumerate(names):",
        "        made = service.create(name)",
        f'        made.add_item(f"part{{position}}", position + 1, {rng.randint(1, 50)}.5)',
        "    if not names:",
        "        return 0",
        "    made = service.create(names[-1])",
        *plants.get("seed", []),
        "    return len(service.registry)",
    ])
    digest_calls: list[str] = []
    for number, (kind, func) in enumerate(helpers):
        digest_calls += ["    " + line for line in call_lines(kind, func, f"part{number}", rng)]
    digest_block = "\n".join([
        f"def {entity.name}_digest(names: list[str], seed: int) -> str:",
        f'    """A one-line digest of {entity.name} names, through the {util.module} helpers."""',
        "    values = [len(name) + seed for name in names]",
        "    sizes = values",
        "    acc = seed",
        "    words: list[str] = [name.lower() for name in names]",
        *digest_calls,
        *plants.get("digest", []),
        f'    return f"{entity.name}s={{len(names)}} acc={{acc}} sizes={{sum(sizes)}} {{words[:{rng.randint(2, 5)}]}}"',
    ])
    blocks = [service_block, seed_block, digest_block]
    if sibling is not None:
        blocks.append("\n".join([
            f"def pair_with_{sibling.name}s(",
            f"    service: {service_cls}, others: {sibling.name}_service.{sibling.cls}Service",
            ") -> list[str]:",
            f'    """Names of {entity.name}s next to names of {sibling.name}s."""',
            "    mine = service.names()",
            "    theirs = others.names()",
            '    return [f"{left}/{right}" for left, right in zip(mine, theirs)]',
        ]))
    project.add(path, join_blocks(header, blocks))


# --------------------------------------------------------------------------------------
# tools/reports: one report script per entity, importing through `import a.b`
# --------------------------------------------------------------------------------------


def report_plant(unit: int, util: UtilModule, rng: random.Random) -> list[str]:
    if unit % 2 == 0:
        return []
    choice = (unit // 2) % 3
    kind, func = util.exports[0]
    if choice == 0:
        call = wrong_call(f"{util.module}.{func}", kind, "counts", "lines", "len(lines)")
        return [plant(f"    {call}", "arg-type", VIA_FUNCTIONS)]
    if choice == 1:
        return [plant(f'    lines.append({rng.randint(2, 99)})', "arg-type", VIA_FUNCTIONS)]
    return [plant("    lines.extend(counts)", "arg-type", VIA_FUNCTIONS)]


def generate_report(project: Project, unit: int, entity: Entity, util: UtilModule) -> None:
    path = f"tools/reports/{entity.name}_report.py"
    rng = module_rng(path)
    service_module = f"app.services.{entity.name}_service"
    service = f"{service_module}.{entity.cls}Service"
    kind, func = util.exports[0]
    header = [
        f'"""A text report about {entity.name} records."""',
        "",
        "import json",
        "import os",
        "import sys",
        "",
        f"import {service_module}",
        f"import {util.module}",
        "from lib.containers.pairs import pair_up",
    ]
    build = "\n".join([
        "def build_report(names: list[str]) -> list[str]:",
        f'    """Lines describing the {entity.name}s made from names."""',
        f"    service = {service}()",
        f"    {service_module}.seed_{entity.name}s(service, names)",
        f'    lines: list[str] = [f"{{len(service.registry)}} {entity.name}s, first {{service.first_name()}}"]',
        "    for pair in pair_up(service.names(), list(range(len(names)))):",
        '        lines.append(f"{pair.key}: {pair.value}")',
        "    for status, count in sorted(service.status_counts().items()):",
        '        lines.append(f"{status} {count}")',
        f'    lines.append({service_module}.{entity.name}_digest(names, {rng.randint(1, 9)}))',
        "    counts = [len(line) for line in lines]",
        # The names call_lines expects, for one more helper called through `import a.b`.
        "    words = [line.split()[0] for line in lines if line.strip()]",
        "    values = counts",
        "    seed = len(names)",
        "    acc = 0",
        *["    " + line for line in call_lines(kind, f"{util.module}.{func}", "extra", rng)],
        '    lines.append(f"checksum {acc} over {len(values)} lines")',
        *report_plant(unit, util, rng),
        "    return lines",
    ])
    write = "\n".join([
        "def write_report(directory: str, names: list[str]) -> str:",
        '    """Write the report into directory; return its path."""',
        f'    path = os.path.join(directory, "{entity.name}_report.txt")',
        '    with open(path, "w", encoding="utf-8") as handle:',
        '        handle.write("\\n".join(build_report(names)) + "\\n")',
        "    return path",
    ])
    as_json = "\n".join([
        "def report_json(names: list[str]) -> str:",
        "    lines = build_report(names)",
        '    return json.dumps({"title": "' + entity.name + '", "lines": lines, "count": len(lines)})',
    ])
    main = "\n".join([
        "def main(argv: list[str]) -> int:",
        f'    names = argv or ["{entity.name}-a", "{entity.name}-b", "{entity.name}-c"]',
        '    print("\\n".join(build_report(names)))',
        "    return 0",
        "",
        "",
        'if __name__ == "__main__":',
        "    sys.exit(main(sys.argv[1:]))",
    ])
    project.add(path, join_blocks(header, [build, write, as_json, main]))


# --------------------------------------------------------------------------------------
# The whole project
# --------------------------------------------------------------------------------------


def generate_project(target_lines: int) -> Project:
    project = Project()
    for path, doc in PACKAGE_DOCS.items():
        project.add(path, f'"""{doc}"""\n')
    for path, text in CONTAINER_MODULES.items():
        project.add(path, text.lstrip("\n"))
    project.add("app/models/base.py", BASE_MODEL.lstrip("\n"))

    utils: list[UtilModule] = []
    entities: list[Entity] = []
    unit = 0
    while unit == 0 or project.line_count < target_lines:  # at least one unit, so errors are planted
        util = generate_util(project, unit, utils)
        utils.append(util)
        rng = module_rng(f"entity/{unit}")
        name = nth_name(ENTITIES, unit)
        owner = entities[rng.randrange(len(entities))] if entities and rng.random() < 0.7 else None
        entity = Entity(name, class_name(name), f"{class_name(name)}Item", owner)
        generate_model(project, unit, entity)
        generate_service(project, unit, entity, util, entities)
        generate_report(project, unit, entity, util)
        entities.append(entity)
        unit += 1

    exports = "\n".join(f"from .{e.name} import {e.cls}, {e.item_cls}" for e in entities)
    names = ", ".join(f'"{e.cls}", "{e.item_cls}"' for e in entities)
    project.add("app/models/__init__.py",
                f'"""The models."""\n\nfrom .base import Model\n{exports}\n\n__all__ = ["Model", {names}]\n')
    return project


def tree_digest(root: Path) -> str:
    """sha256 over the sorted relative paths and contents of every file under root."""
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def write_project(project: Project, out_dir: Path) -> dict[str, object]:
    """Write the project into out_dir, replacing a tree generated there before."""
    if out_dir.exists():
        if any(out_dir.iterdir()) and not (out_dir / MANIFEST).exists():
            raise SystemExit(f"generate: {out_dir} is not empty and holds no {MANIFEST}; not replacing it")
        shutil.rmtree(out_dir)
    for relative, text in sorted(project.files.items()):
        target = out_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    plants = sorted(project.plants, key=lambda p: (p.file, p.line))
    manifest = {
        "generator": "bench/generate.py",
        "files": len(project.files),
        "lines": project.line_count,
        "planted": len(plants),
        "planted_by_code": dict(sorted(
            (code, sum(1 for p in plants if p.code == code)) for code in {p.code for p in plants}
        )),
        "planted_by_via": {via: sum(1 for p in plants if p.via == via) for via in (VIA_FUNCTIONS, VIA_CLASSES)},
        "errors": [{"file": p.file, "line": p.line, "code": p.code, "via": p.via} for p in plants],
    }
    (out_dir / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", type=int, default=DEFAULT_LINES,
                        help=f"lines of Python to generate, at least (default {DEFAULT_LINES})")
    parser.add_argument("out_dir", type=Path, help="directory to write the project into (replaced)")
    args = parser.parse_args()
    if args.lines < 1:
        parser.error("--lines must be at least 1")
    manifest = write_project(generate_project(args.lines), args.out_dir)
    print(f"{args.out_dir}: {manifest['files']} files, {manifest['lines']} lines, "
          f"{manifest['planted']} planted errors {manifest['planted_by_code']}")
    print(f"tree sha256 {tree_digest(args.out_dir)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
