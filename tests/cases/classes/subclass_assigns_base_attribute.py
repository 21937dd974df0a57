# self.x = ... in a subclass assigns the attribute its base declared.
class Node:
    def __init__(self, label: str) -> None:
        self.label = label
        self.weight: float = 1.0


class Leaf(Node):
    def __init__(self) -> None:
        super().__init__("leaf")
        self.label = 3  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
        self.weight = 2
        self.depth = 0

    def relabel(self) -> None:
        self.label = None  # E: Incompatible types in assignment (expression has type "None", variable has type "str")  [assignment]
        self.depth = "deep"  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]


leaf = Leaf()
reveal_type(leaf.label)  # N: Revealed type is "str"
reveal_type(leaf.depth)  # N: Revealed type is "int"
