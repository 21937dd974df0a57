# mypy-args: --python-version 3.12
# A `type` statement's value is evaluated lazily: it may name classes defined after it.
type Children = list[Node]
type Registry = dict[str, Handler]


class Node:
    def __init__(self, name: str, children: Children) -> None:
        self.name = name
        self.children = children

    def count(self) -> int:
        return 1 + sum(child.count() for child in self.children)


class Handler:
    def handle(self, payload: str) -> bool:
        return bool(payload)


def dispatch(registry: Registry, key: str, payload: str) -> bool:
    handler = registry.get(key)
    return handler.handle(payload) if handler else False


tree = Node("root", [Node("leaf", [])])
print(tree.count(), dispatch({"echo": Handler()}, "echo", "hi"))
