# A branch that assigns an Any value leaves the variable Any-like after the join.
from typing import Any, Optional


def width_of(width: Optional[int], measured: Any) -> int:
    if width is None:
        width = measured
    return width - 2


def label_of(label: Optional[str], fallback: Any) -> str:
    if label is None:
        label = fallback
    return label.upper()
