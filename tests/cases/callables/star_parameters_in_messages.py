# Messages spell `*args: T` and `**kwargs: T` as written, not as the tuple and dict the
# body sees; StopAsyncIteration is a builtin exception.
from typing import Any


def gettext_alias(context: object, *args: Any, **kwargs: str) -> str:
    return str(context) + str(args) + str(kwargs)


handler: int = gettext_alias  # E: Incompatible types in assignment (expression has type "def gettext_alias(context: object, *args: Any, **kwargs: str) -> str", variable has type "int")  [assignment]


async def drain(source: Any) -> int:
    count = 0
    while True:
        try:
            await source.__anext__()
        except StopAsyncIteration:
            return count
        count += 1
