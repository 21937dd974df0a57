# Concatenate: callers of the decorated function no longer pass the first parameter.
from typing import Callable, Concatenate, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


class Session:
    user = "guest"


def with_session(func: Callable[Concatenate[Session, P], R]) -> Callable[P, R]:
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        return func(Session(), *args, **kwargs)

    return wrapper


@with_session
def greet(session: Session, greeting: str) -> str:
    return f"{greeting}, {session.user}"


greet(Session(), "hello")  # E: Too many arguments for "greet"  [call-arg]  # E: Argument 1 to "greet" has incompatible type "Session"; expected "str"  [arg-type]
greet()  # E: Missing positional argument "greeting" in call to "greet"  [call-arg]
message: int = greet("hi")  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
