# Callback protocols: a Protocol with `__call__` describes callables with keyword
# parameters that Callable[...] cannot spell.
from typing import Protocol


class Notifier(Protocol):
    def __call__(self, recipient: str, message: str) -> bool: ...


def email(recipient: str, message: str) -> bool:
    print(f"mail {recipient}: {message}")
    return True


class SmsGateway:
    def __init__(self, number: str) -> None:
        self.number = number

    def __call__(self, recipient: str, message: str) -> bool:
        return len(message) <= 160


def broadcast(notifiers: list[Notifier], text: str) -> int:
    return sum(1 for notify in notifiers if notify(recipient="all", message=text))


print(broadcast([email, SmsGateway("+1555")], "maintenance at noon"))
