# Final constants read everywhere, and names that merely look constant reassigned freely.
from typing import Final

VERSION: Final = "1.0"
RETRIES: Final[int] = 3
TIMEOUTS: Final[tuple[float, ...]] = (0.5, 1.0, 2.0)
counter = 0


def attempts() -> list[float]:
    delays = list(TIMEOUTS[:RETRIES])
    delays.append(4.0)
    return delays


def banner(name: str) -> str:
    prefix: Final = "pycheck"
    return f"{prefix} {VERSION}: {name}"


def bump() -> int:
    global counter
    counter += 1
    return counter


def scale(values: list[int]) -> list[int]:
    factor: Final[int] = 2
    return [value * factor for value in values]


print(attempts(), banner("x"), bump(), scale([1, 2]), VERSION.upper(), RETRIES + 1)
