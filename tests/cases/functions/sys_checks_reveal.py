# sys.argv is a list of str and its items are str. Parts of
# sys.version_info have known types, and a version comparison makes the
# branch for other versions unreachable, so a reveal_type there is not
# reported at all.
import sys


def check() -> None:
    reveal_type(sys.argv)  # N: Revealed type is "list[str]"
    reveal_type(sys.argv[1:])  # N: Revealed type is "list[str]"
    reveal_type(sys.version_info.major)  # N: Revealed type is "int"
    reveal_type(sys.version_info >= (3, 10))  # N: Revealed type is "bool"
    if sys.version_info >= (3, 8):
        reveal_type(sys.argv[0])  # N: Revealed type is "str"
    else:
        reveal_type(sys.argv[0])
    if sys.version_info < (3, 6):
        reveal_type(sys.version_info)
