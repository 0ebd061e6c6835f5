"""`clustermeet validate`: check any schedule against an instance and print its objective.

INPUT is read as `clustermeet schedule` reads it (`clustermeet.cli.inputs`); SCHEDULE is the
JSON it wrote for that input, possibly edited by hand. A file that cannot be read is one line
`clustermeet: PATH: problem` and exit 1, like `clustermeet schedule`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from clustermeet.cli.inputs import read_input, read_json


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "validate",
        help="check a schedule against its instance",
        description="Check SCHEDULE (the JSON `clustermeet schedule` writes) against INPUT "
        "(.dzn, clustermeet event file or scheduler input JSON) with the same constraints "
        "the solver uses. Exit 0 when valid, 1 with the list of violations otherwise (or "
        "with one line when a file cannot be read).",
    )
    parser.add_argument("input", type=Path)
    parser.add_argument("schedule", type=Path)
    parser.add_argument(
        "--fairness",
        type=int,
        default=2,
        metavar="D",
        help="max difference of breaks between participants (.dzn only; default 2)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        given = read_input(args.input)
    except ValueError as error:
        print(f"clustermeet: {args.input}: {error}", file=sys.stderr)
        return 1
    try:
        checked = given.check(read_json(args.schedule), args.fairness)
    except ValueError as error:
        print(f"clustermeet: {args.schedule}: {error}", file=sys.stderr)
        return 1
    for line in checked.violations:
        print(f"violation: {line}", file=sys.stderr)
    print(f"{'valid' if not checked.violations else 'INVALID'}  objective {checked.objective}")
    return 0 if not checked.violations else 1
