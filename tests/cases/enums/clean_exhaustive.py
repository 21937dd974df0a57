# Exhaustive branches over an enum: no missing return, assert_never never reached.
from enum import Enum
from typing import assert_never


class Suit(Enum):
    CLUBS = "c"
    DIAMONDS = "d"
    HEARTS = "h"
    SPADES = "s"


def colour(suit: Suit) -> str:
    match suit:
        case Suit.CLUBS | Suit.SPADES:
            return "black"
        case Suit.DIAMONDS | Suit.HEARTS:
            return "red"


def rank(suit: Suit) -> int:
    if suit is Suit.CLUBS:
        return 1
    elif suit is Suit.DIAMONDS:
        return 2
    elif suit == Suit.HEARTS:
        return 3
    elif suit is Suit.SPADES:
        return 4
    else:
        assert_never(suit)


def short(suit: Suit) -> str:
    match suit:
        case Suit.CLUBS:
            return "C"
        case Suit.DIAMONDS:
            return "D"
        case Suit.HEARTS:
            return "H"
        case Suit.SPADES:
            return "S"
        case _:
            assert_never(suit)


print(colour(Suit.HEARTS), rank(Suit.SPADES), short(Suit.CLUBS))
