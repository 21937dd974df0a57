from ._engine import Engine

version: str = 1


def start():
    return Engine()
