"""`clustermeet validate`: check any schedule against an instance and print its objective.

INPUT is read as `clustermeet schedule` reads it (`clustermeet.cli.inputs`); SCHEDULE is the
JSON it wrote for that input, possibly edited by hand. Besides the hard constraints, what the
file claims about itself (status, objective, bound) is checked (`clustermeet.cli.claims`).
Exit 0: valid; 1: invalid (each violation on its own line); 2: a file cannot be read or is
not in the expected shape (one line `clustermeet: PATH: problem`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from clustermeet.cli.inputs import print_warnings, read_input, read_json

INVALID = 1
UNREADABLE = 2


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "validate",
        help="check a schedule against its instance",
        description="Check SCHEDULE (the JSON `clustermeet schedule` writes) against INPUT "
        "(.dzn, clustermeet event file or scheduler input JSON) with the same constraints "
        "the solver uses, and check the status, objective and bound it claims. Exit 0 when "
        "valid, 1 with the list of violations otherwise, 2 with one line when a file cannot "
        "be read.",
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
    path = args.input
    try:
        given = read_input(path)
        print_warnings(path, given)
        path = args.schedule
        checked = given.check(read_json(path), args.fairness)
    except ValueError as error:
        print(f"clustermeet: {path}: {error}", file=sys.stderr)
        return UNREADABLE
    except OSError as error:
        print(f"clustermeet: cannot read {error.filename}: {error.strerror}", file=sys.stderr)
        return UNREADABLE
    for line in checked.violations:
        print(f"violation: {line}", file=sys.stderr)
    print(f"{'valid' if not checked.violations else 'INVALID'}  objective {checked.objective}")
    return INVALID if checked.violations else 0
