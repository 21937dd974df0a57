# Class attributes in subclasses that fit what the base declared.
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
    fields = ["id"]
    parent = None


print(Admin.table, Admin().limit)
