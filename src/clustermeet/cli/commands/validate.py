"""`clustermeet validate`: check any schedule against an instance and print its objective.

INPUT is read as `clustermeet schedule` reads it (`clustermeet.cli.inputs`); SCHEDULE is the
JSON it wrote for that input, possibly edited by hand. A file that cannot be read is one line
`clustermeet: PATH: problem` and exit 1, like `clustermeet schedule`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from clustermeet.cli.inputs import DznInput, EventFileInput, ScheduleInput, read_input, read_json


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
    parser.add_argument("--fairness", type=int, default=2, metavar="D",
                        help="max difference of breaks between participants (.dzn only; "
                        "default 2)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        given = read_input(args.input)
    except ValueError as error:
        print(f"clustermeet: {args.input}: {error}", file=sys.stderr)
        return 1
    try:
        violations, objective = _check(given, read_json(args.schedule), args.fairness)
    except ValueError as error:
        print(f"clustermeet: {args.schedule}: {error}", file=sys.stderr)
        return 1
    for line in violations:
        print(f"violation: {line}", file=sys.stderr)
    print(f"{'valid' if not violations else 'INVALID'}  objective {objective}")
    return 0 if not violations else 1


def _check(given: ScheduleInput, data: Any, fairness: int) -> tuple[tuple[str, ...], Any]:
    """The violations and objective of the schedule `data`; a malformed one is a ValueError."""
    if isinstance(given, DznInput):
        from clustermeet.engine.scheduling.serialize import fixed_schedule_from_json
        from clustermeet.engine.scheduling.validator import validate_fixed

        try:
            schedule = fixed_schedule_from_json(data)
        except KeyError as error:
            raise ValueError(f"not a .dzn schedule: a meeting has no {error}") from None
        except (TypeError, AttributeError, ValueError) as error:
            raise ValueError(f"not a .dzn schedule: {error}") from None
        verdict = validate_fixed(given.instance, schedule.slots, fairness, schedule.tables)
        return verdict.violations, verdict.objective
    from clustermeet.engine.scheduling.event_validator import validate_event

    if isinstance(given, EventFileInput):
        from clustermeet.exchange.event_file.scheduling import event_file_placements

        # EventFileRejected (a ValueError) names every meeting that does not resolve.
        placements = event_file_placements(given.instance, given.names, data)
    else:
        from clustermeet.exchange.schedule_input import placements_from_json

        try:
            placements = placements_from_json(given.instance, data, given.names)
        except KeyError as error:
            raise ValueError(f"schedule: missing field or unknown id {error}") from None
        except (TypeError, AttributeError) as error:
            raise ValueError(f"schedule: malformed meeting ({error})") from None
    event_verdict = validate_event(given.instance, placements)
    return event_verdict.violations, event_verdict.summary
