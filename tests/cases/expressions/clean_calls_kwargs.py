# Variadic keyword parameters take any keyword not claimed by a named
# parameter. They combine with named parameters and with `*args`, and
# values of the declared type are accepted under any name.
from typing import Dict


def query(table: str, *columns: str, **filters: int) -> str:
    where = " and ".join(f"{key}={value}" for key, value in filters.items())
    return f"select {','.join(columns)} from {table} where {where}"


def settings(**flags: bool) -> Dict[str, bool]:
    return dict(flags)


query("users")
query("users", "id", "name", age=30, level=2)
query(table="orders", total=5)
settings()
settings(debug=True, verbose=False)
enabled = settings(fast=1 > 0)
print(enabled.get("fast"), query("t", "c"))
