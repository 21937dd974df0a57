# mypy-args: --python-version 3.12
# Aliases used in class attributes, methods and generic classes.
type Inventory = dict[str, int]
type Entry[T] = tuple[str, T]


class Store:
    stock: Inventory

    def __init__(self) -> None:
        self.stock = {}
        self.history: list[Entry[int]] = []

    def add(self, item: str, count: int) -> None:
        self.stock[item] = self.stock.get(item, 0) + count
        self.history.append((item, count))

    def last(self) -> Entry[int]:
        return self.history[-1]


store = Store()
store.add("apple", 3)
store.stock = {"pear": "two"}  # E: Dict entry 0 has incompatible type "str": "str"; expected "str": "int"  [dict-item]
store.history.append(("plum", "three"))  # E: Argument 1 to "append" of "list" has incompatible type "tuple[str, str]"; expected "tuple[str, int]"  [arg-type]
label: str = store.last()[1]  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
