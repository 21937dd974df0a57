# Keyword-only parameters are matched by name, not by position.
class Renderer:
    def render(self, *, width: int, height: int) -> str:
        return ""

    def style(self, *, color: str = "red") -> None:
        pass


class Swapped(Renderer):
    def render(self, *, height: int, width: str) -> str:  # E: Argument 2 of "render" is incompatible with supertype "Renderer"; supertype defines the argument type as "int"  [override]  # N: This violates the Liskov substitution principle  # N: See https://mypy.readthedocs.io/en/stable/common_issues.html#incompatible-overrides
        return ""


class Missing(Renderer):
    def render(self, *, width: int) -> str:  # E: Signature of "render" incompatible with supertype "Renderer"  [override]  # N:      Superclass:  # N:          def render(self, *, width: int, height: int) -> str  # N:      Subclass:  # N:          def render(self, *, width: int) -> str
        return ""

    def style(self, *, color: str) -> None:  # E: Signature of "style" incompatible with supertype "Renderer"  [override]  # N:      Superclass:  # N:          def style(self, *, color: str = ...) -> None  # N:      Subclass:  # N:          def style(self, *, color: str) -> None
        pass


class Renamed(Renderer):
    def style(self, *, colour: str = "red") -> None:  # E: Signature of "style" incompatible with supertype "Renderer"  [override]  # N:      Superclass:  # N:          def style(self, *, color: str = ...) -> None  # N:      Subclass:  # N:          def style(self, *, colour: str = ...) -> None
        pass
