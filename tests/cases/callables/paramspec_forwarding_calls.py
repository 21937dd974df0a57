# A function that forwards its extra arguments to a callable it is given
# (`*args: P.args, **kwargs: P.kwargs`) takes exactly that callable's
# parameters: too few, too many, a wrong type or an unknown keyword is an
# error of the outer call, counted in its own arguments.
from typing import Callable, ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


def run_in_worker(job: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    return job(*args, **kwargs)


def refresh() -> int:
    return 0


def resize(width: int, height: int) -> int:
    return width * height


def forward(callback: Callable[[], int]) -> int:
    return run_in_worker(callback)


run_in_worker(refresh)
run_in_worker(refresh, 1)  # E: Too many arguments for "run_in_worker"  [call-arg]
run_in_worker(resize, 1)  # E: Missing positional argument "height" in call to "run_in_worker"  [call-arg]
run_in_worker(resize, 1, "x")  # E: Argument 3 to "run_in_worker" has incompatible type "str"; expected "int"  [arg-type]
run_in_worker(resize, 1, 2, 3)  # E: Too many arguments for "run_in_worker"  [call-arg]
run_in_worker(resize, width=1, depth=2)  # E: Unexpected keyword argument "depth" for "run_in_worker"  [call-arg]
reveal_type(run_in_worker(resize, 1, height=2))  # N: Revealed type is "int"
