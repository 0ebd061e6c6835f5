"""`clustermeet export`: write a whole event to a JSON event file (the backup path)."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from clustermeet.cli import django as cm_django


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "export",
        help="write a whole event to a JSON event file",
        description="Write an event with its people, requests, schedules and outcomes to one "
        "JSON file (format: docs/event-format.md). `clustermeet import FILE.json` reads it back. "
        "The file holds people's contact details, so it is written readable by its owner only "
        "(mode 0600); it holds no passwords.",
    )
    parser.add_argument("--event", required=True, metavar="SLUG", help="the event's slug")
    parser.add_argument("--output", "-o", type=Path, help="file to write (default: stdout)")
    parser.set_defaults(handler=run)


def _write_private(path: Path, text: str) -> None:
    """Write `text` to a new file that only its owner may read, then move it into place.

    mkstemp creates the file with mode 0600, so it is never readable by others, not even for
    a moment; replacing `path` gives the new mode even where an older export was readable."""
    handle, temporary = tempfile.mkstemp(dir=path.parent or Path("."), prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


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
        try:
            _write_private(args.output, text)
        except OSError as error:
            print(f"Cannot write {args.output}: {error.strerror}.", file=sys.stderr)
            return 1
        print(f"Wrote {args.output} ({len(text.encode()) // 1024} KiB).", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0
