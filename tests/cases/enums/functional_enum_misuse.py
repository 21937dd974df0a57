# Passing a functional enum where another type is expected, and its members where
# something else is: the errors mypy gives for class-statement enums.
from enum import Enum, StrEnum

Suit = Enum("Suit", "HEARTS DIAMONDS CLUBS SPADES")
Rank = StrEnum("Rank", [("ACE", "A"), ("KING", "K"), ("QUEEN", "Q")])


def is_red(suit: Suit) -> bool:
    return suit in (Suit.HEARTS, Suit.DIAMONDS)


def label(rank: Rank, suit: Suit) -> str:
    return f"{rank.value} of {suit.name.title()}"


is_red("HEARTS")  # E: Argument 1 to "is_red" has incompatible type "str"; expected "Suit"  [arg-type]
label(Suit.CLUBS, Rank.ACE)  # E: Argument 1 to "label" has incompatible type "Suit"; expected "Rank"  [arg-type]  # E: Argument 2 to "label" has incompatible type "Rank"; expected "Suit"  [arg-type]
trump: Suit = Rank.KING  # E: Incompatible types in assignment (expression has type "Rank", variable has type "Suit")  [assignment]
count: int = Suit.SPADES.value
Suit.JOKER  # E: "type[Suit]" has no attribute "JOKER"  [attr-defined]
Suit.HEARTS.colour  # E: "Suit" has no attribute "colour"  [attr-defined]
