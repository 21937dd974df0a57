# Mistakes with logging: the level of log() is an int, handlers and formatters
# are objects not strings, and the extra mapping has str keys.
import logging

log = logging.getLogger("app")
log.log("INFO", "message")  # E: Argument 1 to "log" of "Logger" has incompatible type "str"; expected "int"  [arg-type]
log.addHandler("stderr")  # E: Argument 1 to "addHandler" of "Logger" has incompatible type "str"; expected "Handler"  [arg-type]
logging.StreamHandler().setFormatter("%(message)s")  # E: Argument 1 to "setFormatter" of "Handler" has incompatible type "str"; expected "Formatter | None"  [arg-type]
log.info("x", extra={1: 2})  # E: Dict entry 0 has incompatible type "int": "int"; expected "str": "object"  [dict-item]
level: str = log.getEffectiveLevel()  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
log.warn_once("x")  # E: "Logger" has no attribute "warn_once"  [attr-defined]
logging.getLogger(42)  # E: Argument 1 to "getLogger" has incompatible type "int"; expected "str | None"  [arg-type]
