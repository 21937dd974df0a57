# __setitem__, __delitem__, __contains__ and __bool__ on a user class.
class Registry:
    def __init__(self) -> None:
        self.data: dict[str, int] = {}

    def __setitem__(self, key: str, value: int) -> None:
        self.data[key] = value

    def __getitem__(self, key: str) -> int:
        return self.data[key]

    def __delitem__(self, key: str) -> None:
        del self.data[key]

    def __contains__(self, key: object) -> bool:
        return key in self.data

    def __bool__(self) -> bool:
        return bool(self.data)


reg = Registry()
reg["a"] = 1
reg["b"] = "two"  # E: Incompatible types in assignment (expression has type "str", target has type "int")  [assignment]
reg[3] = 4  # E: Invalid index type "int" for "Registry"; expected type "str"  [index]
del reg["a"]
reveal_type("a" in reg)  # N: Revealed type is "bool"
reveal_type(reg["a"])  # N: Revealed type is "int"
reg[1]  # E: Invalid index type "int" for "Registry"; expected type "str"  [index]
if reg:
    reveal_type(reg)  # N: Revealed type is "dunder_setitem_contains.Registry"


class ReadOnly:
    def __getitem__(self, key: int) -> str:
        return ""


ro = ReadOnly()
ro[0] = "x"  # E: Unsupported target for indexed assignment ("ReadOnly")  [index]
del ro[0]  # E: "ReadOnly" has no attribute "__delitem__"; maybe "__getitem__"?  [attr-defined]
