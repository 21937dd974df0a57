# A function that assigns a `global` narrows it for the rest of its own body only; the
# assignment is still checked against the module variable's type.
import logging
from typing import Optional

_logger: Optional[logging.Logger] = None
_settings: dict[str, str] = {}
_counter = 0


def get_logger() -> logging.Logger:
    global _logger
    if _logger is None:
        _logger = logging.getLogger("service")
        _logger.setLevel(logging.INFO)
    return _logger


def reset() -> None:
    global _logger, _counter
    _logger = None
    _counter = "zero"  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
    reveal_type(_logger)  # N: Revealed type is "None"


def load(path: str) -> None:
    global _settings
    _settings = {"path": path}
    _settings["loaded"] = "yes"


reveal_type(_logger)  # N: Revealed type is "logging.Logger | None"
_logger.info("ready")  # E: Item "None" of "Logger | None" has no attribute "info"  [union-attr]
