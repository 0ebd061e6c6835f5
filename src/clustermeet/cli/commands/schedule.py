"""`clustermeet schedule`: solve a .dzn B2B instance, a JSON file, or a stored event.

Which of them a file is, and reading it, is `clustermeet.cli.inputs`, shared with
`clustermeet validate`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from clustermeet.cli.inputs import DznInput, EventFileInput, ScheduleInput, read_input


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "schedule",
        help="build an optimal meeting schedule",
        description="Schedule meetings. INPUT is a JAIR B2B .dzn file (every meeting gets a "
        "slot, fewest breaks), a clustermeet event file (docs/event-file.schema.json, as "
        "`clustermeet export` writes it: its accepted requests compete for time) or a "
        "scheduler input file (docs/schedule-input.schema.json). With --event SLUG the "
        "stored event is scheduled and saved as a new draft schedule version.",
    )
    parser.add_argument("input", nargs="?", type=Path,
                        help=".dzn file, or .json event file or scheduler input")
    parser.add_argument("--event", metavar="SLUG", help="schedule a stored event instead")
    parser.add_argument("--fairness", type=int, default=2, metavar="D",
                        help="max difference of breaks between participants (.dzn only; "
                        "default 2)")
    parser.add_argument("--time-limit", type=float, default=60.0, metavar="S",
                        help="seconds for the solver (default 60)")
    parser.add_argument("--workers", type=int, default=2, metavar="N",
                        help="solver threads (default 2)")
    parser.add_argument("--output", "-o", type=Path, help="file to write (default: stdout)")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress lines")
    parser.set_defaults(handler=run)


def _progress(quiet: bool) -> Any:
    if quiet:
        return None
    return lambda line: print(line, file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    if args.event:
        return _run_event(args)
    if args.input is None:
        print("Give an INPUT file or --event SLUG.", file=sys.stderr)
        return 2
    try:
        given = read_input(args.input)
    except ValueError as error:
        print(f"clustermeet: {args.input}: {error}", file=sys.stderr)
        return 1
    result = _solve(given, args)
    out = json.dumps(result, indent=1) + "\n"
    if args.output:
        args.output.write_text(out, encoding="utf-8")
    else:
        sys.stdout.write(out)
    print(f"{result['status']}  objective {result['objective']}  bound {result['bound']}",
          file=sys.stderr)
    return 0 if result["status"] in ("OPTIMAL", "FEASIBLE", "INFEASIBLE") else 1


def _solve(given: ScheduleInput, args: argparse.Namespace) -> dict[str, Any]:
    """Solve the input and write the result with the input's own names."""
    if isinstance(given, DznInput):
        from clustermeet.engine.scheduling.fixed import solve_fixed
        from clustermeet.engine.scheduling.serialize import fixed_schedule_to_json

        schedule = solve_fixed(
            given.instance, args.fairness, args.time_limit, args.workers, _progress(args.quiet)
        )
        return fixed_schedule_to_json(schedule)
    if isinstance(given, EventFileInput):
        from clustermeet.exchange.event_file.scheduling import event_file_schedule_to_json

        event_schedule = _solve_event(given.instance, args)
        return event_file_schedule_to_json(given.instance, event_schedule, given.names)
    from clustermeet.exchange.schedule_input import event_schedule_to_json

    event_schedule = _solve_event(given.instance, args)
    return event_schedule_to_json(given.instance, event_schedule, given.names)


def _solve_event(instance: Any, args: argparse.Namespace) -> Any:
    from clustermeet.engine.scheduling.selection import solve_event

    return solve_event(instance, args.time_limit, args.workers, _progress(args.quiet))


def _run_event(args: argparse.Namespace) -> int:
    from clustermeet.cli import django as cm_django

    cm_django.setup()
    from clustermeet.events.models import Event
    from clustermeet.meetings.domain.scheduling import schedule_event

    event = Event.objects.filter(slug=args.event).first()
    if event is None:
        print(f"No event '{args.event}'.", file=sys.stderr)
        return 1
    schedule = schedule_event(event, time_limit=args.time_limit, workers=args.workers)
    stats = schedule.statistics
    print(f"Schedule v{schedule.version} ({schedule.solver_status}): "
          f"{stats.get('meetings')} meetings, bound {stats.get('bound')}, "
          f"breaks {stats.get('breaks')}", file=sys.stderr)
    return 0
