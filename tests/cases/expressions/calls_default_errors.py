# A default value is checked against the parameter's annotation when the
# function is defined. A None default does not make the parameter
# optional; the annotation has to say so.
from typing import Optional


def pad(text: str, width: int = "8") -> str:  # E: Incompatible default for parameter "width" (default has type "str", parameter has type "int")  [assignment]
    return text.ljust(width)


def retry(times: int = None) -> int:  # E: Incompatible default for parameter "times" (default has type "None", parameter has type "int")  [assignment]  # N: PEP 484 prohibits implicit Optional. Accordingly, mypy has changed its default to no_implicit_optional=True  # N: Use https://github.com/hauntsaninja/no_implicit_optional to automatically upgrade your codebase
    return times or 0


def ratio(part: float = 1, whole: Optional[float] = None) -> float:
    return part / (whole or 1.0)


def tag(name: str = 0, level: float = 1.5) -> str:  # E: Incompatible default for parameter "name" (default has type "int", parameter has type "str")  [assignment]
    return name * int(level)


print(pad("a"), retry(), ratio(), tag())
