# One signature can hold every parameter kind in order: positional-only,
# ordinary, `*args`, keyword-only and `**kwargs`. Each argument lands in
# exactly one of them, and calls that fill them in any valid way pass.


def describe(kind: str, /, name: str, *tags: str, limit: int = 3, **extra: float) -> str:
    shown = ",".join(tags[:limit])
    return f"{kind}:{name}[{shown}]{sum(extra.values())}"


describe("a", "b")
describe("a", name="b")
describe("a", "b", "t1", "t2")
describe("a", "b", "t1", limit=1)
describe("a", "b", weight=1.5, height=2)
describe("a", "b", *["x", "y"], limit=2, **{"w": 1.0})
describe("kind", name="n", kind=2.0)
print(describe("x", "y", "z", limit=0, score=0.5))
