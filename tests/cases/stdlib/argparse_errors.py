# Mistakes with argparse: option names are strings, help text is a str, and
# the formatted usage is a str too.
import argparse

parser = argparse.ArgumentParser()
parser.add_argument(1)  # E: Argument 1 to "add_argument" of "_ActionsContainer" has incompatible type "int"; expected "str"  [arg-type]
parser.add_argument("--n", help=3)  # E: Argument "help" to "add_argument" of "_ActionsContainer" has incompatible type "int"; expected "str | None"  [arg-type]
usage: int = parser.format_usage()  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
