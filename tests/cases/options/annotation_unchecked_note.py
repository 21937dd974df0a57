def untyped():
    x: int = 1  # N: By default the bodies of untyped functions are not checked, consider using --check-untyped-defs  [annotation-unchecked]
    if x:
        y: str = "a"  # N: By default the bodies of untyped functions are not checked, consider using --check-untyped-defs  [annotation-unchecked]
    return x


def typed() -> None:
    z: int = 1


def outer():
    def inner():
        w: int = 3  # N: By default the bodies of untyped functions are not checked, consider using --check-untyped-defs  [annotation-unchecked]

    return inner


class Widget:
    def setup(self):
        self.size: int = 1  # N: By default the bodies of untyped functions are not checked, consider using --check-untyped-defs  [annotation-unchecked]
