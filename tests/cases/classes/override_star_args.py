# *args and **kwargs must accept what the base's accept.
class Logger:
    def log(self, *messages: str) -> None:
        pass

    def tag(self, **tags: int) -> None:
        pass

    def emit(self, level: int, *parts: str, sep: str = " ", **extra: int) -> None:
        pass


class Narrow(Logger):
    def log(self, *messages: bytes) -> None:  # E: Signature of "log" incompatible with supertype "Logger"  [override]  # N:      Superclass:  # N:          def log(self, *messages: str) -> None  # N:      Subclass:  # N:          def log(self, *messages: bytes) -> None
        pass

    def tag(self, **tags: bool) -> None:  # E: Signature of "tag" incompatible with supertype "Logger"  [override]  # N:      Superclass:  # N:          def tag(self, **tags: int) -> None  # N:      Subclass:  # N:          def tag(self, **tags: bool) -> None
        pass


class Short(Logger):
    def emit(self, level: int, *parts: str) -> None:  # E: Signature of "emit" incompatible with supertype "Logger"  [override]  # N:      Superclass:  # N:          def emit(self, level: int, *parts: str, sep: str = ..., **extra: int) -> None  # N:      Subclass:  # N:          def emit(self, level: int, *parts: str) -> None
        pass


class Wide(Logger):
    def log(self, *messages: object) -> None:
        pass

    def tag(self, **tags: float) -> None:
        pass
