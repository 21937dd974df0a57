# collections: defaultdict fills in missing keys from its factory, Counter
# counts hashable things, OrderedDict remembers order, ChainMap layers mappings,
# and namedtuple builds classes (Any to the checker).
from collections import ChainMap, Counter, OrderedDict, defaultdict, namedtuple
from typing import DefaultDict, Iterable

Point = namedtuple("Point", ["x", "y"], defaults=[0])


def group_by_length(words: Iterable[str]) -> dict[int, list[str]]:
    groups: defaultdict[int, list[str]] = defaultdict(list)
    for word in words:
        groups[len(word)].append(word)
    return dict(groups)


def top_words(text: str, n: int = 3) -> list[tuple[str, int]]:
    return Counter(text.split()).most_common(n)


class LRU:
    def __init__(self, size: int) -> None:
        self.size = size
        self.items: OrderedDict[str, bytes] = OrderedDict()

    def put(self, key: str, value: bytes) -> None:
        self.items[key] = value
        self.items.move_to_end(key)
        if len(self.items) > self.size:
            self.items.popitem(last=False)


letters = Counter("mississippi")
reveal_type(letters)  # N: Revealed type is "collections.Counter[str]"
reveal_type(letters["s"])  # N: Revealed type is "int"
letters["z"] += 1
letters.update(["a", "b"])
letters.subtract({"s": 1})
both = letters + Counter("abc")
total: int = letters.total()
seen: DefaultDict[str, set[str]] = defaultdict(set)
seen["a"].add("b")
pairs = defaultdict(list, {"a": [1]})
reveal_type(pairs)  # N: Revealed type is "collections.defaultdict[str, list[int]]"
ordered = OrderedDict([("b", 2), ("a", 1)])
reveal_type(ordered)  # N: Revealed type is "collections.OrderedDict[str, int]"
defaults = {"color": "red", "size": "M"}
settings = ChainMap({"color": "blue"}, defaults)
reveal_type(settings["size"])  # N: Revealed type is "str"
child = settings.new_child()
p = Point(1, 2)
print(group_by_length(["a", "bb"]), top_words("a a b"), LRU(2).items, both, total, list(ordered), child, p.x)
