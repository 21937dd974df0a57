# Aliases declared with `TypeAlias`, including string values naming later classes.
from typing import Optional, TypeAlias, Union

Number: TypeAlias = Union[int, float]
Headers: TypeAlias = dict[str, str]
MaybeUser: TypeAlias = "Optional[User]"
UserList: TypeAlias = "list[User]"
Port: TypeAlias = int | None


class User:
    def __init__(self, name: str) -> None:
        self.name = name


def total(values: list[Number]) -> Number:
    return sum(values)


def first_admin(users: UserList) -> MaybeUser:
    return next((user for user in users if user.name == "admin"), None)


def with_defaults(headers: Headers, port: Port = None) -> Headers:
    merged = {"Accept": "*/*", **headers}
    if port is not None:
        merged["Port"] = str(port)
    return merged


admin = first_admin([User("guest"), User("admin")])
print(total([1, 2.5]), admin.name if admin else "-", with_defaults({"X": "1"}, 8080))
