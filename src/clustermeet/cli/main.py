"""Entry point of the `clustermeet` command.

Subcommands are discovered: every module in `clustermeet.cli.commands` that defines
`register(subparsers)` adds itself, so a new command is a new file and nothing else.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

from clustermeet import __version__
from clustermeet.cli import commands


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clustermeet",
        description="Run international cluster and B2B matchmaking events end to end.",
        epilog="Run 'clustermeet COMMAND --help' for the options of one command.",
    )
    parser.add_argument("--version", action="version", version=f"clustermeet {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return int(handler(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except (FileNotFoundError, IsADirectoryError, PermissionError) as error:
        # Every command reads files: one clear line instead of a traceback.
        print(f"clustermeet: cannot read {error.filename}: {error.strerror}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
