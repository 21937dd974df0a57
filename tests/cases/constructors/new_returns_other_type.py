# A __new__ that returns another type: an error where it is defined, and calls make that type.
class Interned:
    _cache: dict[str, str] = {}

    def __new__(cls, text: str) -> str:  # E: Incompatible return type for "__new__" (returns "str", but must return a subtype of "Interned")  [misc]
        return cls._cache.setdefault(text, text)


class Optionally:
    def __new__(cls, raw: str) -> "Optionally | None":  # E: "__new__" must return a class instance (got "Optionally | None")  [misc]
        return None if not raw else super().__new__(cls)


reveal_type(Interned("hello"))  # N: Revealed type is "str"
