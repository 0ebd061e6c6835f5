"""`clustermeet schedule`: solve a .dzn B2B instance, a JSON file, or a stored event.

A JSON file is told apart by its "format": clustermeet's own event file
(docs/event-file.schema.json) or the scheduler's input (docs/schedule-input.schema.json).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


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
    text = args.input.read_text(encoding="utf-8")
    try:
        solve = _read_dzn(text) if args.input.suffix == ".dzn" else _read_json(text)
    except ValueError as error:
        print(f"clustermeet: {args.input}: {error}", file=sys.stderr)
        return 1
    result = solve(args)
    out = json.dumps(result, indent=1) + "\n"
    if args.output:
        args.output.write_text(out, encoding="utf-8")
    else:
        sys.stdout.write(out)
    print(f"{result['status']}  objective {result['objective']}  bound {result['bound']}",
          file=sys.stderr)
    return 0 if result["status"] in ("OPTIMAL", "FEASIBLE", "INFEASIBLE") else 1


Solve = Callable[[argparse.Namespace], dict[str, Any]]


def _read_dzn(text: str) -> Solve:
    from clustermeet.engine.scheduling.dzn import parse_dzn
    from clustermeet.engine.scheduling.fixed import solve_fixed
    from clustermeet.engine.scheduling.serialize import fixed_schedule_to_json

    instance = parse_dzn(text)  # DznError is a ValueError

    def solve(args: argparse.Namespace) -> dict[str, Any]:
        schedule = solve_fixed(
            instance, args.fairness, args.time_limit, args.workers, _progress(args.quiet)
        )
        return fixed_schedule_to_json(schedule)

    return solve


def _read_json(text: str) -> Solve:
    """Read either JSON format; any problem of the file is a one-line ValueError."""
    from clustermeet.engine.scheduling import event_file, event_json

    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(f"not valid JSON: {error}") from None
    kind = data.get("format") if isinstance(data, dict) else None
    if kind == event_file.FORMAT:
        instance, names = event_file.event_file_instance(data)  # EventFileError names the record

        def solve_event_file(args: argparse.Namespace) -> dict[str, Any]:
            schedule = _solve_event(instance, args)
            return event_file.event_file_schedule_to_json(instance, schedule, names)

        return solve_event_file
    if kind == event_json.FORMAT:
        try:
            instance, input_names = event_json.event_from_json(data)
        except KeyError as error:
            raise ValueError(f"scheduler input: missing field or unknown id {error}") from None
        except (TypeError, AttributeError) as error:
            raise ValueError(f"scheduler input: malformed record ({error})") from None

        def solve_input(args: argparse.Namespace) -> dict[str, Any]:
            schedule = _solve_event(instance, args)
            return event_json.event_schedule_to_json(instance, schedule, input_names)

        return solve_input
    raise ValueError(
        f'unknown "format" {kind!r}: expected "{event_file.FORMAT}" (an event file) '
        f'or "{event_json.FORMAT}" (a scheduler input)'
    )


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
