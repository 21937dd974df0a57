# The methods every named tuple has: _replace, _asdict, _make.
from typing import NamedTuple


class Version(NamedTuple):
    major: int
    minor: int = 0

    def bump(self) -> "Version":
        return self._replace(minor=self.minor + 1)


v = Version(1)
reveal_type(v._replace(major=2))  # N: Revealed type is "tuple[int, int, fallback=methods.Version]"
reveal_type(v._asdict())  # N: Revealed type is "dict[str, Any]"
reveal_type(Version._make([1, 2]))  # N: Revealed type is "tuple[int, int, fallback=methods.Version]"
reveal_type(v.bump())  # N: Revealed type is "tuple[int, int, fallback=methods.Version]"
reveal_type(v.count(1))  # N: Revealed type is "int"
reveal_type(v.index(0))  # N: Revealed type is "int"
v._replace(major=2).patch  # E: "Version" has no attribute "patch"  [attr-defined]
