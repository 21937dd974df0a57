# mypy-args: --python-version 3.12
# PEP 695 `type` statements used as annotations: plain, union and callable aliases.
from collections.abc import Callable

type UserId = int
type Email = str
type Lookup = dict[UserId, Email]
type Formatter = Callable[[str], str]
type MaybeEmail = Email | None


def shout(text: str) -> str:
    return text.upper() + "!"


def find_email(directory: Lookup, user: UserId) -> MaybeEmail:
    return directory.get(user)


def render(directory: Lookup, formatter: Formatter) -> list[str]:
    return [formatter(email) for email in directory.values()]


contacts: Lookup = {1: "ada@example.com", 2: "alan@example.com"}
found = find_email(contacts, 1)
if found is not None:
    print(found.lower())
print(render(contacts, shout))
