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

from clustermeet.cli.inputs import SolveOptions, print_warnings, read_input


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
    parser.add_argument(
        "input", nargs="?", type=Path, help=".dzn file, or .json event file or scheduler input"
    )
    parser.add_argument("--event", metavar="SLUG", help="schedule a stored event instead")
    parser.add_argument(
        "--fairness",
        type=int,
        default=None,
        metavar="D",
        help="max difference of breaks between participants (.dzn only, where the default "
        "is 2; events are made fair by the worst-served share instead)",
    )
    parser.add_argument(
        "--time-limit",
        type=float,
        default=60.0,
        metavar="S",
        help="seconds for the solver (default 60)",
    )
    parser.add_argument(
        "--workers", type=int, default=2, metavar="N", help="solver threads (default 2)"
    )
    parser.add_argument("--output", "-o", type=Path, help="file to write (default: stdout)")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress lines")
    parser.set_defaults(handler=run)


def _progress(quiet: bool) -> Any:
    """Progress lines on stderr; the solvers start each with the seconds elapsed."""
    if quiet:
        return None
    return lambda line: print(line, file=sys.stderr, flush=True)


def _summary(result: dict[str, Any]) -> dict[str, Any]:
    """The last stderr line, one JSON object: what the solver proved, in a few figures."""
    return {
        "status": result.get("status", result.get("solver_status")),
        "objective": result.get("objective", result.get("statistics")),
        "bound": result.get("bound"),
        "meetings": len(result.get("meetings", [])),
        "wall_time_s": result.get("wall_time_s"),
    }


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
    print_warnings(args.input, given)
    fairness = 2 if args.fairness is None else args.fairness
    if args.fairness is not None and not given.fairness_applies:
        _fairness_ignored(str(args.input))
    options = SolveOptions(fairness, args.time_limit, args.workers, _progress(args.quiet))
    result = given.solve(options)
    out = json.dumps(result, indent=1) + "\n"
    if args.output:
        args.output.write_text(out, encoding="utf-8")
    else:
        sys.stdout.write(out)
    summary = _summary(result)
    print(json.dumps(summary), file=sys.stderr)
    return 0 if summary["status"] in ("OPTIMAL", "FEASIBLE", "INFEASIBLE") else 1


def _fairness_ignored(what: str) -> None:
    print(
        f"clustermeet: {what}: warning: --fairness applies to .dzn inputs only; ignored "
        "(events are made fair by raising the worst-served share)",
        file=sys.stderr,
    )


def _run_event(args: argparse.Namespace) -> int:
    from clustermeet.cli import django as cm_django

    if args.fairness is not None:
        _fairness_ignored(f"--event {args.event}")
    cm_django.setup()
    from clustermeet.events.models import Event
    from clustermeet.meetings.domain.scheduling import schedule_event

    event = Event.objects.filter(slug=args.event).first()
    if event is None:
        print(f"No event '{args.event}'.", file=sys.stderr)
        return 1
    schedule = schedule_event(event, time_limit=args.time_limit, workers=args.workers)
    stats = schedule.statistics
    summary = {
        "version": schedule.version,
        "status": schedule.solver_status,
        "objective": stats,
        "bound": stats.get("bound"),
        "meetings": stats.get("meetings"),
    }
    print(json.dumps(summary), file=sys.stderr)  # the same JSON last line as for files
    return 0
