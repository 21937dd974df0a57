# type: ignore
# A "# type: ignore" above the first statement silences every error in the
# file, as mypy does for modules it should not check.


def half(value: int) -> int:
    return value / 2


half("four")
count: int = "many"
