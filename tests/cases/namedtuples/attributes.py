# Fields are read-only attributes of their declared types.
from typing import NamedTuple


class User(NamedTuple):
    name: str
    age: int = 0

    def greeting(self) -> str:
        return "hi " + self.name


user = User("ann", 30)
reveal_type(user.name)  # N: Revealed type is "str"
reveal_type(user.age)  # N: Revealed type is "int"
reveal_type(user.greeting())  # N: Revealed type is "str"
user.age = 31  # E: Property "age" defined in "User" is read-only  [misc]
user.name = "bob"  # E: Property "name" defined in "User" is read-only  [misc]
user.email  # E: "User" has no attribute "email"  [attr-defined]
user.age.upper()  # E: "int" has no attribute "upper"  [attr-defined]
older: str = user.age  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
