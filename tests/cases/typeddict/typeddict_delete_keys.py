# del on TypedDict keys: only keys that are not required can be removed.
from typing import NotRequired, TypedDict


class Session(TypedDict):
    user_id: int
    token: str
    csrf: NotRequired[str]
    flash: NotRequired[list[str]]


def logout(session: Session) -> None:
    del session["token"]  # E: Key "token" of TypedDict "Session" cannot be deleted  [misc]
    if "csrf" in session:
        del session["csrf"]


def consume_flash(session: Session) -> list[str]:
    messages = session.get("flash", [])
    if "flash" in session:
        del session["flash"]
    return messages


def forget(session: Session, key: str) -> None:
    del session[key]  # E: Expected TypedDict key to be string literal  [misc]
    del session["expires"]  # E: TypedDict "Session" has no key "expires"  [typeddict-item]
