# total=False TypedDicts read with .get and membership tests: all clean.
from typing import Required, TypedDict


class QueryOptions(TypedDict, total=False):
    limit: int
    offset: int
    order_by: str
    table: Required[str]


def build_query(options: QueryOptions) -> str:
    parts = [f"SELECT * FROM {options['table']}"]
    order = options.get("order_by")
    if order is not None:
        parts.append(f"ORDER BY {order}")
    limit: int | None = options.get("limit")
    if limit:
        parts.append(f"LIMIT {limit}")
    parts.append(f"OFFSET {options.get('offset', 0)}")
    return " ".join(parts)


def page(options: QueryOptions, number: int) -> QueryOptions:
    size = options.get("limit", 20)
    paged = options.copy()
    paged.update({"limit": size, "offset": size * number})
    return paged


def without_order(options: QueryOptions) -> QueryOptions:
    trimmed = options.copy()
    trimmed.pop("order_by", None)
    if "offset" in trimmed:
        del trimmed["offset"]
    return trimmed


first: QueryOptions = {"table": "users", "order_by": "name"}
print(build_query(page(first, 2)), build_query(without_order(first)))
