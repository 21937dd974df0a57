def register(name: str) -> None:
    print(name)
