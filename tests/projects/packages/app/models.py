class User:
    def __init__(self, name: str) -> None:
        self.name = name


def make_user(name: str) -> User:
    return User(name)


DEFAULT_AGE: int = "forty"
