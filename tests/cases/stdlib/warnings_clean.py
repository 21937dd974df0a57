# warnings: warn takes a message and a Warning class, filters take an action,
# and catch_warnings(record=True) gives the list of caught warnings.
import warnings


def old_api() -> None:
    warnings.warn("old_api() is deprecated; use new_api()", DeprecationWarning, stacklevel=2)


def noisy() -> None:
    warnings.warn(UserWarning("careful"))
    warnings.warn("soon", PendingDeprecationWarning)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_api()
    reveal_type(caught)  # N: Revealed type is "list[warnings.WarningMessage]"
    for w in caught:
        print(w.category.__name__, w.message, w.filename, w.lineno)
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message=".*soon.*", category=PendingDeprecationWarning)
    noisy()
warnings.simplefilter("error", ResourceWarning)
warnings.resetwarnings()
