# json: dumps gives a str, loads gives Any (so the result may be used as any
# JSON value), files are anything with write() or read(), and an encoder
# subclass customises default().
import json
from datetime import date
from typing import Any


class DateEncoder(json.JSONEncoder):
    def default(self, o: Any) -> Any:
        if isinstance(o, date):
            return o.isoformat()
        return super().default(o)


def save(path: str, data: dict[str, Any]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2, sort_keys=True)


def load(path: str) -> dict[str, Any]:
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def parse(text: str) -> list[int]:
    try:
        values = json.loads(text)
    except json.JSONDecodeError as exc:
        print(exc.msg, exc.lineno, exc.colno)
        return []
    return [int(v) for v in values]


reveal_type(json.dumps({"a": 1}))  # N: Revealed type is "str"
reveal_type(json.loads("{}"))  # N: Revealed type is "Any"
compact = json.dumps([1, 2], separators=(",", ":"), ensure_ascii=False, default=str)
encoded = json.dumps({"when": date.today()}, cls=DateEncoder)
raw = json.loads(b'{"a": 1}', object_pairs_hook=dict)
count: int = json.loads("3")
print(compact, encoded, raw["a"], count, parse("[1]"), save, load)
