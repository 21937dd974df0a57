# The decorator is recognised when used through the module, with or without options.
import dataclasses


@dataclasses.dataclass
class User:
    name: str
    age: int = 0


@dataclasses.dataclass(frozen=True, eq=True)
class Token:
    value: str


User("ann", "old")  # E: Argument 2 to "User" has incompatible type "str"; expected "int"  [arg-type]
User()  # E: Missing positional argument "name" in call to "User"  [call-arg]
Token(1)  # E: Argument 1 to "Token" has incompatible type "int"; expected "str"  [arg-type]
Token("abc").value = "x"  # E: Property "value" defined in "Token" is read-only  [misc]
reveal_type(dataclasses.replace(User("a"), age=3))  # N: Revealed type is "module_attribute.User"
reveal_type(dataclasses.asdict(User("a")))  # N: Revealed type is "dict[str, Any]"
