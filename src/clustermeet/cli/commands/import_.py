"""`clustermeet import`: people and profiles from CSV/XLSX, or a whole event from JSON."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from clustermeet.cli import django as cm_django


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "import",
        help="import participants, organisations and items (CSV, XLSX) or a whole event (JSON)",
        description="Import is all or nothing: one bad row imports nothing and the error names "
        "the row, the column and what is expected. Re-importing a file updates what it imported "
        "before. A .json file is a whole event file as written by `clustermeet export`; it never "
        "sets a password or an account flag, and accounts that exist are linked, not changed. "
        "Files over 10 MB are refused before they are read.",
        epilog="Templates: `clustermeet import --template DIR` writes blank CSV and XLSX files; "
        "`clustermeet import --columns` prints what each column means.",
    )
    parser.add_argument(
        "files",
        nargs="*",
        type=Path,
        metavar="FILE",
        help=".csv or .xlsx (needs --event), or .json (a whole event)",
    )
    parser.add_argument("--event", metavar="SLUG", help="the event to import people into")
    parser.add_argument(
        "--replace",
        action="store_true",
        help="JSON only: replace an existing event of the same slug",
    )
    parser.add_argument(
        "--template",
        type=Path,
        metavar="DIR",
        help="write blank import templates into DIR and stop",
    )
    parser.add_argument("--columns", action="store_true", help="print the column reference")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    cm_django.setup()
    from clustermeet.exchange import template_files
    from clustermeet.exchange.problems import ImportRejected

    if args.columns:
        print(template_files.columns_markdown())
        return 0
    if args.template:
        args.template.mkdir(parents=True, exist_ok=True)
        for kind in ("organisations", "participants", "items"):
            (args.template / f"{kind}.csv").write_text(template_files.csv_template(kind))
        (args.template / "clustermeet-import.xlsx").write_bytes(template_files.xlsx_template())
        print(f"Templates written to {args.template}/")
        return 0
    if not args.files:
        print("Give a file to import (see --help).", file=sys.stderr)
        return 2
    try:
        if all(f.suffix.lower() == ".json" for f in args.files):
            return _import_events(args)
        return _import_tables(args)
    except ImportRejected as rejected:
        print(rejected, file=sys.stderr)
        return 1
    except FileNotFoundError as error:
        print(f"No such file: {error.filename}", file=sys.stderr)
        return 1
    except (IsADirectoryError, PermissionError) as error:
        print(f"Cannot read {error.filename}: {error.strerror}.", file=sys.stderr)
        return 1


def _import_events(args: argparse.Namespace) -> int:
    from clustermeet.exchange.event_import import import_event
    from clustermeet.exchange.files import parse_json, read_bytes

    for path in args.files:
        data = parse_json(read_bytes(path), path.name)
        event = import_event(data, acting_user=None, replace=args.replace)
        print(
            f"Imported event '{event.slug}': {event.participants.count()} participants, "
            f"{event.requests.count()} requests, {event.schedules.count()} schedule versions."
        )
    return 0


def _import_tables(args: argparse.Namespace) -> int:
    from clustermeet.events.models import Event
    from clustermeet.exchange.tabular import read_file
    from clustermeet.exchange.tabular_import import import_sheets

    if not args.event:
        print("CSV and XLSX imports need --event SLUG.", file=sys.stderr)
        return 2
    event = Event.objects.filter(slug=args.event).first()
    if event is None:
        print(f"No event '{args.event}'.", file=sys.stderr)
        return 1
    sheets = [sheet for path in args.files for sheet in read_file(path)]
    report = import_sheets(event, sheets, acting_user=None)
    print(f"Imported into '{event.slug}': {report.summary()}.")
    return 0
