# Mistakes with warnings: the message is a str or a Warning, the category a
# Warning class, and stacklevel an int.
import warnings

warnings.warn("x", "DeprecationWarning")  # E: No overload variant of "warn" matches argument types "str", "str"  [call-overload]  # N: Possible overload variants:  # N:     def warn(message: str, category: type[Warning] | None = ..., stacklevel: int = ..., source: Any | None = ...) -> None  # N:     def warn(message: Warning, category: Any = ..., stacklevel: int = ..., source: Any | None = ...) -> None
warnings.warn(42)  # E: No overload variant of "warn" matches argument type "int"  [call-overload]  # N: Possible overload variants:  # N:     def warn(message: str, category: type[Warning] | None = ..., stacklevel: int = ..., source: Any | None = ...) -> None  # N:     def warn(message: Warning, category: Any = ..., stacklevel: int = ..., source: Any | None = ...) -> None
warnings.resetwarnings(True)  # E: Too many arguments for "resetwarnings"  [call-arg]
