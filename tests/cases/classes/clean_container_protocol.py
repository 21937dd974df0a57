# __getitem__, __len__, __iter__ and __contains__ make a user class a container.
from typing import Iterator


class Deck:
    def __init__(self) -> None:
        self.cards = ["A", "K", "Q"]

    def __len__(self) -> int:
        return len(self.cards)

    def __getitem__(self, index: int) -> str:
        return self.cards[index]

    def __iter__(self) -> Iterator[str]:
        return iter(self.cards)

    def __contains__(self, card: object) -> bool:
        return card in self.cards


deck = Deck()
first: str = deck[0]
size: int = len(deck)
for card in deck:
    print(card.lower())
print("A" in deck, sorted(deck), list(deck), first, size)
