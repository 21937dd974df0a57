# Several decorators on one function apply innermost first; each sees what the one
# below it returned.
from typing import Callable, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def require_login(func: Callable[P, R]) -> Callable[P, R]:
    return func


def json_response(func: Callable[P, dict[str, object]]) -> Callable[P, str]:
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> str:
        return repr(func(*args, **kwargs))

    return wrapper


def cached(func: Callable[P, R]) -> Callable[P, R]:
    return func


@require_login
@json_response
@cached
def profile(user_id: int, *, fields: tuple[str, ...] = ()) -> dict[str, object]:
    return {"id": user_id, "fields": list(fields)}


body: str = profile(7, fields=("name", "email"))
print(body.startswith("{"))
reveal_type(profile)  # N: Revealed type is "def (user_id: int, *, fields: tuple[str, ...] =) -> str"
