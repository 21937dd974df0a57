# mypy-args: --python-version 3.12
# Recursive aliases (JSON values, nested lists) accept the nested data they describe.
type Json = dict[str, Json] | list[Json] | str | int | float | bool | None
type Nested = list[Nested | int]


def depth(value: Json) -> int:
    if isinstance(value, dict):
        return 1 + max((depth(item) for item in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((depth(item) for item in value), default=0)
    return 0


def flatten(items: Nested) -> list[int]:
    flat: list[int] = []
    for item in items:
        if isinstance(item, int):
            flat.append(item)
        else:
            flat.extend(flatten(item))
    return flat


config: Json = {"name": "service", "ports": [80, 443], "debug": False, "extra": None}
print(depth(config), flatten([1, [2, [3]], 4]))
