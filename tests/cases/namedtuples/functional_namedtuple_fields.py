# Fields of functional named tuples: read-only, typed by position, unknown ones reported.
from collections import namedtuple
from typing import NamedTuple

Version = NamedTuple("Version", [("major", int), ("minor", int), ("label", str)])
Pixel = namedtuple("Pixel", "red green blue")

release = Version(3, 12, "final")
reveal_type(release.major)  # N: Revealed type is "int"
reveal_type(release[2])  # N: Revealed type is "str"
reveal_type(release[:2])  # N: Revealed type is "tuple[int, int]"
major, minor, label = release
reveal_type(label)  # N: Revealed type is "str"
release.major = 4  # E: Property "major" defined in "Version" is read-only  [misc]
release.patch  # E: "Version" has no attribute "patch"  [attr-defined]
release[3]  # E: Tuple index out of range  [misc]
first, second = release  # E: Too many values to unpack (2 expected, 3 provided)  [misc]

white = Pixel(255, 255, 255)
reveal_type(white.red)  # N: Revealed type is "Any"
white.red = 0  # E: Property "red" defined in "Pixel" is read-only  [misc]
white.alpha  # E: "Pixel" has no attribute "alpha"  [attr-defined]


def newer(a: Version, b: Version) -> bool:
    return (a.major, a.minor) > (b.major, b.minor)


newer(release, (3, 11, "final"))  # E: Argument 2 to "newer" has incompatible type "tuple[int, int, str]"; expected "Version"  [arg-type]
