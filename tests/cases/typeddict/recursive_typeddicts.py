# A TypedDict that refers to itself: it is spelled with `...` where it recurs, compared
# field by field without following itself forever, and still reports wrong items.
from typing import Optional, TypedDict


class Tree(TypedDict):
    label: str
    children: list["Tree"]


class Chain(TypedDict):
    value: int
    rest: Optional["Chain"]


class OtherChain(TypedDict):
    value: int
    rest: Optional["OtherChain"]


class TextChain(TypedDict):
    value: str
    rest: Optional["TextChain"]


def take_chain(chain: Chain) -> None: ...


def walk(tree: Tree, chain: Chain, other: OtherChain, text: TextChain) -> None:
    reveal_type(tree)  # N: Revealed type is "TypedDict(recursive_typeddicts.Tree, {'label': str, 'children': list[...]})"
    reveal_type(chain["rest"])  # N: Revealed type is "TypedDict(recursive_typeddicts.Chain, {'value': int, 'rest': ... | None}) | None"
    take_chain(other)
    take_chain(text)  # E: Argument 1 to "take_chain" has incompatible type "TextChain"; expected "Chain"  [arg-type]
    label: int = tree["children"][0]["label"]  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]


class Node(TypedDict):
    children: list["Node"]


Node()  # E: Missing key "children" for TypedDict "Node"  [typeddict-item]
leaf = Node(children=[])
Node(children=[leaf, Node(children=[])])
