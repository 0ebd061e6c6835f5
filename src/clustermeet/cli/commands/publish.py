"""`clustermeet publish --event SLUG [--version N]`: validate, publish, notify the affected."""

from __future__ import annotations

import argparse
import sys


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "publish",
        help="publish a stored event's schedule version",
        description="Publish a schedule version of a stored event after the validator accepts "
        "it; everyone whose meetings were added, moved or removed against the version "
        "published before gets one e-mail. Without --version the latest draft is published.",
    )
    parser.add_argument("--event", metavar="SLUG", required=True, help="the event's slug")
    parser.add_argument("--version", type=int, metavar="N", help="the version to publish")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from clustermeet.cli import django as cm_django

    cm_django.setup()
    from django.core.exceptions import ValidationError

    from clustermeet.events.models import Event
    from clustermeet.meetings.domain.release import publish_and_notify
    from clustermeet.meetings.enums import ScheduleState
    from clustermeet.meetings.models import Schedule

    event = Event.objects.filter(slug=args.event).first()
    if event is None:
        print(
            f"clustermeet: no event '{args.event}'; give the slug of a stored event.",
            file=sys.stderr,
        )
        return 1
    versions = Schedule.objects.filter(event=event)
    if args.version is not None:
        schedule = versions.filter(version=args.version).first()
        missing = f"'{event.slug}' has no version {args.version}"
    else:
        schedule = versions.filter(state=ScheduleState.DRAFT).order_by("-version").first()
        missing = f"'{event.slug}' has no draft; run `clustermeet schedule --event {event.slug}`"
    if schedule is None:
        print(f"clustermeet: {missing}.", file=sys.stderr)
        return 1
    try:
        schedule, diff = publish_and_notify(schedule, acting_user=None)
    except ValidationError as error:
        print(f"clustermeet: {' '.join(error.messages)}", file=sys.stderr)
        return 1
    print(
        f"Published version {schedule.version} of '{event.slug}': {len(diff.added)} added, "
        f"{len(diff.moved)} moved, {len(diff.removed)} removed; "
        f"{len(diff.affected)} people notified."
    )
    return 0
