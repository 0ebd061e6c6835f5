"""`clustermeet report`: the post-event report of one event, or a programme's events side by
side, as Markdown (ready to paste into a news post), self-contained HTML or PDF on A4."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from clustermeet.cli import django as cm_django
from clustermeet.cli.events import event_by_slug

FORMATS = ("md", "html", "pdf")
LANGUAGES = ("en", "fr", "bg")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "report",
        help="write an event's post-event report (Markdown, HTML or PDF)",
        description="Write the post-event report of one event, or with --programme the "
        "figures of several events side by side (definitions: docs/reporting.md).",
    )
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--event", metavar="SLUG", help="the event's slug")
    which.add_argument(
        "--programme", action="store_true", help="several events side by side (see --organiser)"
    )
    parser.add_argument(
        "--organiser", metavar="EMAIL", help="with --programme: only this organiser's events"
    )
    parser.add_argument("--format", choices=FORMATS, default="md", help="default: md")
    parser.add_argument("--language", choices=LANGUAGES, default="en", help="default: en")
    parser.add_argument(
        "--as-of",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="the date the figures are said to hold for (default: today at the venue)",
    )
    parser.add_argument("--output", "-o", type=Path, help="file to write (default: stdout)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.organiser and not args.programme:
        print("--organiser goes with --programme; for one event use --event SLUG.", file=sys.stderr)
        return 2
    cm_django.setup()
    from clustermeet.events.models import Event
    from clustermeet.reports.domain.report import event_report, programme_report
    from clustermeet.reports.interfaces.documents import Document, render_html, render_pdf

    document: Document
    if args.programme:
        events = Event.objects.order_by("start_date", "name")
        if args.organiser:
            events = events.filter(organisers__email__iexact=args.organiser)
        chosen = list(events)
        if not chosen:
            whose = f" organised by {args.organiser}" if args.organiser else ""
            print(f"No events{whose}; a programme needs at least one.", file=sys.stderr)
            return 1
        document = programme_report(chosen, args.language, as_of=args.as_of)
    else:
        event = event_by_slug(args.event)
        if event is None:
            return 1
        document = event_report(event, args.language, as_of=args.as_of)
    if args.format == "pdf":
        data = render_pdf(document)
    elif args.format == "html":
        data = render_html(document).encode()
    else:
        data = document.markdown.encode()
    if args.output:
        args.output.write_bytes(data)
        print(f"Wrote {args.output} ({len(data) // 1024} KiB).", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0
