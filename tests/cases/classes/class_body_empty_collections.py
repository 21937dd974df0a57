# An empty collection in a class body needs an annotation unless the body itself
# fills it; afterwards its items are Any.
class Cache:
    entries = {}  # E: Need type annotation for "entries" (hint: "entries: dict[<type>, <type>] = ...")  [var-annotated]
    seen = set()  # E: Need type annotation for "seen" (hint: "seen: set[<type>] = ...")  [var-annotated]
    order = []
    order.append("first")
    current = None

    def size(self) -> int:
        return 0


class Names:
    names = []  # E: Need type annotation for "names" (hint: "names: list[<type>] = ...")  [var-annotated]


Cache.entries = {"a": 1}
Names.names = [1, 2]
Names().names = ["x"]
