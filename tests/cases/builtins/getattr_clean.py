# getattr() reads an attribute by name and returns Any, or the default's
# type joined with Any; hasattr() and callable() test at run time and
# return bool; setattr() returns None. None of these are checked against
# the object's real attributes.
import sys
from typing import Any, Optional


def version_name(module: Any) -> str:
    return str(getattr(module, "__version__", "unknown"))


def has_upper(value: object) -> bool:
    return hasattr(value, "upper") and callable(getattr(value, "upper"))


def set_flag(target: Any, name: str, flag: bool) -> None:
    setattr(target, name, flag)


def platform_name() -> Optional[str]:
    name = getattr(sys, "platform", None)
    if isinstance(name, str):
        return name.lower()
    return None


def call_method(target: object, method: str) -> Any:
    func = getattr(target, method)
    return func()


print(version_name(sys), has_upper("a"), platform_name(), call_method("x", "upper"))
set_flag(sys, "flag", True)
