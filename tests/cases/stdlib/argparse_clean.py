# argparse: a parser with positional and optional arguments, groups and
# subcommands; parse_args gives a Namespace whose attributes are Any.
import argparse
import sys
from typing import Optional, Sequence


class Store(argparse.Action):
    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: Optional[str] = None,
    ) -> None:
        setattr(namespace, self.dest, values)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tool", description="Does things.", formatter_class=argparse.ArgumentDefaultsHelpFormatter
    )
    parser.add_argument("paths", nargs="*", help="files to process")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--jobs", type=int, default=1, choices=range(1, 9), metavar="N")
    parser.add_argument("--out", type=argparse.FileType("w"), default=sys.stdout)
    parser.add_argument("--extra", action=Store)
    exclusive = parser.add_mutually_exclusive_group()
    exclusive.add_argument("--json", dest="fmt", action="store_const", const="json")
    exclusive.add_argument("--csv", dest="fmt", action="store_const", const="csv")
    subcommands = parser.add_subparsers(dest="command")
    run = subcommands.add_parser("run", help="run a target")
    run.add_argument("target")
    run.set_defaults(handler=print)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    reveal_type(args)  # N: Revealed type is "argparse.Namespace"
    if args.jobs > 4 and not args.verbose:
        parser.error("too many jobs")
    known, rest = parser.parse_known_args(argv)
    reveal_type(rest)  # N: Revealed type is "list[str]"
    return 0 if known.paths else 1


print(main(["x"]), build_parser().format_help())
