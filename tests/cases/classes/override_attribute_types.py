# A class attribute keeps the type a base class declared for it.
class Config:
    name: str = "default"
    retries: int = 3
    timeout: float = 1.0
    label: str | None = None
    debug = False


class Custom(Config):
    name = 42  # E: Incompatible types in assignment (expression has type "int", base class "Config" defined the type as "str")  [assignment]
    retries: str = "three"  # E: Incompatible types in assignment (expression has type "str", base class "Config" defined the type as "int")  [assignment]
    timeout = 2
    label = None
    debug = "yes"  # E: Incompatible types in assignment (expression has type "str", base class "Config" defined the type as "bool")  [assignment]


class Partial(Config):
    label = "ok"
    timeout: int = 5
    name: bytes  # E: Incompatible types in assignment (expression has type "bytes", base class "Config" defined the type as "str")  [assignment]
