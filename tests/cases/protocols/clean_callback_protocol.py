# A protocol with __call__ describes callables, functions and callable objects.
from typing import Protocol


class Handler(Protocol):
    def __call__(self, event: str, retries: int) -> bool: ...


def on_event(event: str, retries: int) -> bool:
    return retries > 0


class Recorder:
    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, event: str, retries: int) -> bool:
        self.seen.append(event)
        return True


def dispatch(handler: Handler) -> bool:
    return handler("start", 1)


dispatch(on_event)
dispatch(Recorder())
