# Nested classes used from inside and outside their outer class.
class Tree:
    class Node:
        def __init__(self, value: int) -> None:
            self.value = value
            self.children: list["Tree.Node"] = []

        def add(self, value: int) -> "Tree.Node":
            child = Tree.Node(value)
            self.children.append(child)
            return child

    def __init__(self) -> None:
        self.root = Tree.Node(0)

    def total(self) -> int:
        return self.root.value + sum(c.value for c in self.root.children)


tree = Tree()
leaf: Tree.Node = tree.root.add(1)
print(leaf.value, tree.total())
