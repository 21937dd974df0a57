# Constructor calls of functional named tuples checked against their fields, as mypy does.
from collections import namedtuple
from typing import NamedTuple

Money = NamedTuple("Money", [("amount", int), ("currency", str)])
Span = namedtuple("Span", "begin end")
Retry = namedtuple("Retry", ["attempts", "delay", "backoff"], defaults=(1.0, 2.0))

price = Money(1999, "EUR")
Money("1999", "EUR")  # E: Argument 1 to "Money" has incompatible type "str"; expected "int"  [arg-type]
Money(1999)  # E: Missing positional argument "currency" in call to "Money"  [call-arg]
Money(1999, "EUR", "cents")  # E: Too many arguments for "Money"  [call-arg]
Money(amount=5, currency="USD", rate=1.1)  # E: Unexpected keyword argument "rate" for "Money"  [call-arg]
Span(0, 10)
Span(0)  # E: Missing positional argument "end" in call to "Span"  [call-arg]
Retry(3)
Retry()  # E: Missing positional argument "attempts" in call to "Retry"  [call-arg]
Retry(3, 0.5, 2.0, 9)  # E: Too many arguments for "Retry"  [call-arg]
reveal_type(price)  # N: Revealed type is "tuple[int, str, fallback=functional_namedtuple_constructor.Money]"
reveal_type(Span(1, 2))  # N: Revealed type is "tuple[Any, Any, fallback=functional_namedtuple_constructor.Span]"
