# An unannotated class attribute takes its value's type, which further
# subclasses must then keep (not the type a base further up declared).
from typing import ClassVar, Sequence


class Model:
    table: str = ""
    fields: Sequence[str] = ()
    limit: float = 1.0
    parent: "Model | None" = None
    registry: ClassVar[dict[str, int]] = {}


class User(Model):
    table = "users"
    fields = ["id", "name"]
    limit = 10
    parent = None


class Admin(User):
    table: str = "admins"
    fields = ("id",)  # E: Incompatible types in assignment (expression has type "tuple[str]", base class "User" defined the type as "list[str]")  [assignment]
    parent = User()  # E: Incompatible types in assignment (expression has type "User", base class "User" defined the type as "None")  [assignment]


print(Admin.table, Admin().limit)
