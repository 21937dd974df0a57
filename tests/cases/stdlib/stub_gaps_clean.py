# Stub coverage found missing on real code: bytes padding and search methods, exception
# chaining attributes, assigning __class__, ModuleType(), and property objects built by
# helper functions (read through their __get__).
import types
import traceback


def pad(data: bytes) -> bytes:
    return data.rjust(16, b"\0").ljust(32).center(40).zfill(48)


def where(exc: KeyError) -> int:
    tb = exc.__traceback__
    cause = exc.__cause__
    print(cause)
    return tb.tb_lineno if tb is not None else -1


class Proxy:
    pass


def swap(obj: object) -> None:
    obj.__class__ = Proxy


module = types.ModuleType("config", "settings")
module.__dict__["DEBUG"] = True
n: int = b"a,b".count(b",")
parts: list[bytes] = b"k=v".rsplit(b"=", 1)


def _header(name: str) -> property:
    def fget(self: "Response") -> set[str]:
        return set()

    return property(fget, doc=name)


class Response:
    allow = _header("Allow")


Response().allow.update({"GET"})
