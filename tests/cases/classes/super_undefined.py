# An attribute no class after the current one defines is an error on super().
class Base:
    def ping(self) -> str:
        return "pong"


class Child(Base):
    def ping(self) -> str:
        super().pong()  # E: "pong" undefined in superclass  [misc]
        return super().ping()

    def extra(self) -> int:
        return super().extra()  # E: "extra" undefined in superclass  [misc]
