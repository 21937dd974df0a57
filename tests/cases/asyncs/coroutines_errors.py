# Calling an async function makes a coroutine; awaiting it gives what the
# function returns. A coroutine that is neither awaited nor kept is an
# error, and so is using it as if it were the result (mypy hints at the
# missing await where awaiting would have given what the code uses). `await`
# needs an `async def` around it.
from typing import AsyncIterator


async def fetch_count(url: str) -> int:
    return len(url)


async def fetch_name(url: str) -> str:
    return url.upper()


async def numbers(limit: int) -> AsyncIterator[int]:
    for n in range(limit):
        yield n


class Session:
    async def __aenter__(self) -> "Session":
        return self

    async def __aexit__(self, *args: object) -> None:
        return None

    async def get(self, url: str) -> bytes:
        return url.encode()


async def main() -> None:
    reveal_type(fetch_count("a"))  # E: Value of type "Coroutine[Any, Any, int]" must be used  [unused-coroutine]  # N: Are you missing an await?  # N: Revealed type is "typing.Coroutine[Any, Any, int]"
    count = await fetch_count("a")
    reveal_type(count)  # N: Revealed type is "int"
    fetch_name("b")  # E: Value of type "Coroutine[Any, Any, str]" must be used  [unused-coroutine]  # N: Are you missing an await?
    total: int = fetch_count("c")  # E: Incompatible types in assignment (expression has type "Coroutine[Any, Any, int]", variable has type "int")  [assignment]  # N: Maybe you forgot to use "await"?
    label: int = await fetch_name("d")  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
    async with Session() as session:
        reveal_type(session)  # N: Revealed type is "coroutines_errors.Session"
        body = await session.get("e")
        reveal_type(body)  # N: Revealed type is "bytes"
    async for n in numbers(3):
        reveal_type(n)  # N: Revealed type is "int"
    pending = fetch_count("f")
    reveal_type(await pending)  # N: Revealed type is "int"


async def wrong_return() -> str:
    return 1  # E: Incompatible return value type (got "int", expected "str")  [return-value]


def takes_count(count: int) -> None:
    pass


async def forgot_await() -> None:
    takes_count(fetch_count("g"))  # E: Argument 1 to "takes_count" has incompatible type "Coroutine[Any, Any, int]"; expected "int"  [arg-type]  # N: Maybe you forgot to use "await"?
    takes_count(fetch_name("h"))  # E: Argument 1 to "takes_count" has incompatible type "Coroutine[Any, Any, str]"; expected "int"  [arg-type]

    fetch_name("i").upper()  # E: "Coroutine[Any, Any, str]" has no attribute "upper"  [attr-defined]  # N: Maybe you forgot to use "await"?
    fetch_name("j").lower_case()  # E: "Coroutine[Any, Any, str]" has no attribute "lower_case"  [attr-defined]
    for letter in fetch_name("k"):  # E: "Coroutine[Any, Any, str]" has no attribute "__iter__" (not iterable)  [attr-defined]  # N: Maybe you forgot to use "await"?
        pass
    print(fetch_count("l") + 1, 2 * fetch_count("m"), fetch_count("n") < 3)  # E: Unsupported operand types for + ("Coroutine[Any, Any, int]" and "int")  [operator]  # N: Maybe you forgot to use "await"?  # E: Unsupported operand types for * ("int" and "Coroutine[Any, Any, int]")  [operator]  # E: Unsupported operand types for > ("int" and "Coroutine[Any, Any, int]")  [operator]
    print(fetch_name("o") + 1, -fetch_count("p"), -fetch_name("q"))  # E: Unsupported operand types for + ("Coroutine[Any, Any, str]" and "int")  [operator]  # E: Unsupported operand type for unary - ("Coroutine[Any, Any, int]")  [operator]  # N: Maybe you forgot to use "await"?  # E: Unsupported operand type for unary - ("Coroutine[Any, Any, str]")  [operator]
    print(fetch_name("r")[0], {"a": 1}[fetch_name("s")])  # E: Value of type "Coroutine[Any, Any, str]" is not indexable  [index]  # N: Maybe you forgot to use "await"?  # E: Invalid index type "Coroutine[Any, Any, str]" for "dict[str, int]"; expected type "str"  [index]


def not_async() -> int:
    return await fetch_count("t")  # E: "await" outside coroutine ("async def")  [await-not-async]


counted = [await fetch_count(u) for u in ["u", "v"]]  # E: "await" outside function  [top-level-await]
