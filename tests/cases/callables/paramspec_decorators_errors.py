# Calls through a ParamSpec decorator are checked against the decorated function's own
# parameters, and messages still name it.
from typing import Callable, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def audited(func: Callable[P, R]) -> Callable[P, R]:
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        print("audit:", func.__name__)
        return func(*args, **kwargs)

    return wrapper


def as_text(func: Callable[P, int]) -> Callable[P, str]:
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> str:
        return str(func(*args, **kwargs))

    return wrapper


@audited
def transfer(source: str, target: str, amount: int, *, note: str = "") -> bool:
    return amount > 0


@as_text
def balance(account: str) -> int:
    return 100


transfer("a", "b", "100")  # E: Argument 3 to "transfer" has incompatible type "str"; expected "int"  [arg-type]
transfer("a", "b", 5, note=None)  # E: Argument "note" to "transfer" has incompatible type "None"; expected "str"  [arg-type]
transfer("a", "b")  # E: Missing positional argument "amount" in call to "transfer"  [call-arg]
transfer("a", "b", 1, memo="x")  # E: Unexpected keyword argument "memo" for "transfer"  [call-arg]
shown: int = balance("acct-1")  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
balance("acct-1").upper()
balance(42)  # E: Argument 1 to "balance" has incompatible type "int"; expected "str"  [arg-type]
