"""`clustermeet validate`: check any schedule against an instance and print its objective."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "validate",
        help="check a schedule against its instance",
        description="Check SCHEDULE (the JSON `clustermeet schedule` writes) against INPUT "
        "(.dzn or scheduler JSON) with the same constraints the solver uses. Exit 0 when "
        "valid, 1 with the list of violations otherwise.",
    )
    parser.add_argument("input", type=Path)
    parser.add_argument("schedule", type=Path)
    parser.add_argument("--fairness", type=int, default=2, metavar="D")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    text = args.input.read_text(encoding="utf-8")
    data = json.loads(args.schedule.read_text(encoding="utf-8"))
    if args.input.suffix == ".dzn":
        from clustermeet.engine.scheduling.dzn import parse_dzn
        from clustermeet.engine.scheduling.serialize import fixed_schedule_from_json
        from clustermeet.engine.scheduling.validator import validate_fixed

        instance = parse_dzn(text)
        schedule = fixed_schedule_from_json(data)
        verdict = validate_fixed(instance, schedule.slots, args.fairness, schedule.tables)
        violations, objective = verdict.violations, verdict.objective
    else:
        from clustermeet.engine.scheduling.event_json import event_from_json, placements_from_json
        from clustermeet.engine.scheduling.event_validator import validate_event

        instance, names = event_from_json(json.loads(text))
        placements = placements_from_json(instance, data, names)
        event_verdict = validate_event(instance, placements)
        violations, objective = event_verdict.violations, event_verdict.summary
    for line in violations:
        print(f"violation: {line}", file=sys.stderr)
    print(f"{'valid' if not violations else 'INVALID'}  objective {objective}")
    return 0 if not violations else 1
