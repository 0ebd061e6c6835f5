"""`clustermeet export`: write a whole event to a JSON event file (the backup path)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from clustermeet.cli import django as cm_django


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "export",
        help="write a whole event to a JSON event file",
        description="Write an event with its people, requests, schedules and outcomes to one "
        "JSON file (format: docs/event-format.md). `clustermeet import FILE.json` reads it back.",
    )
    parser.add_argument("--event", required=True, metavar="SLUG", help="the event's slug")
    parser.add_argument("--output", "-o", type=Path, help="file to write (default: stdout)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    cm_django.setup()
    from clustermeet.events.models import Event
    from clustermeet.exchange.event_export import export_event

    event = Event.objects.filter(slug=args.event).first()
    if event is None:
        slugs = ", ".join(Event.objects.values_list("slug", flat=True)) or "none yet"
        print(f"No event '{args.event}'. Known events: {slugs}.", file=sys.stderr)
        return 1
    text = json.dumps(export_event(event), ensure_ascii=False, indent=1) + "\n"
    if args.output:
        args.output.write_text(text, encoding="utf-8")
        print(f"Wrote {args.output} ({len(text.encode()) // 1024} KiB).", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0
