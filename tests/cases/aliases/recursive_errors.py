# mypy-args: --python-version 3.12
# Recursive aliases: pycheck reads them as Any, so only the non-recursive mistakes show.
type Json = dict[str, Json] | list[Json] | str | int | None
type Pair[T] = tuple[T, T]


def load(text: str) -> Json:
    return {"text": text}


document: Json = {"items": [1, "two", None]}
coordinates: Pair[int] = (1, 2.5)  # E: Incompatible types in assignment (expression has type "tuple[int, float]", variable has type "tuple[int, int]")  [assignment]
print(load("x"), document)
