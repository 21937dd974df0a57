# TypedDict.update: any subset of the keys, each at its own type; no keywords.
from typing import NotRequired, TypedDict


class Profile(TypedDict):
    username: str
    age: int
    bio: NotRequired[str]


def rename(profile: Profile, username: str) -> None:
    profile.update({"username": username})


def birthday(profile: Profile) -> None:
    profile.update({"age": profile["age"] + 1, "bio": "one year older"})


def bad_types(profile: Profile) -> None:
    profile.update({"age": "42"})  # E: Incompatible types (expression has type "str", TypedDict item "age" has type "int")  [typeddict-item]


def unknown_keys(profile: Profile) -> None:
    profile.update({"avatar": "cat.png"})  # E: Unexpected TypedDict key "avatar"  [misc]
    profile.update({"bio": "hi", "email": "a@b.c"})  # E: Expected TypedDict key "bio" but found keys ("bio", "email")  [typeddict-item]


def from_keywords(profile: Profile) -> None:
    profile.update(age=30)  # E: Unexpected keyword argument "age" for "update" of "TypedDict"  [call-arg]


def from_dict(profile: Profile, changes: dict[str, str]) -> None:
    profile.update(changes)  # E: Argument 1 to "update" of "TypedDict" has incompatible type "dict[str, str]"; expected "TypedDict({'username'?: str, 'age'?: int, 'bio'?: str})"  [typeddict-item]


def merge(profile: Profile, other: Profile) -> Profile:
    merged = profile.copy()
    merged.update(other)
    return merged
