"""`clustermeet follow-up --event SLUG`: for cron; one week and one month after the event,
e-mails each participant with held meetings a link to their outcomes (once per round)."""

from __future__ import annotations

import argparse
from datetime import datetime

from clustermeet.cli import django as cm_django
from clustermeet.cli.events import event_by_slug


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "follow-up",
        help="e-mail participants a link to update their meetings' outcomes (for cron)",
        description="One week and one month after the event's last day, e-mail each "
        "participant with held meetings a link to their outcomes; each round reaches each "
        "person once, so running it daily is safe.",
    )
    parser.add_argument("--event", required=True, metavar="SLUG", help="the event's slug")
    parser.add_argument(
        "--now",
        type=datetime.fromisoformat,
        metavar="ISO-TIME",
        help="act as if it were this time (default: now), e.g. 2019-06-14T09:00+00:00",
    )
    parser.add_argument(
        "--base-url",
        default="http://127.0.0.1:8000",
        help="the site's address, for the link in the e-mail (default: %(default)s)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    cm_django.setup()
    from django.utils import timezone

    from clustermeet.reports.domain.follow_up import round_dates, send_follow_up

    event = event_by_slug(args.event)
    if event is None:
        return 1
    now = args.now or timezone.now()
    if timezone.is_naive(now):
        now = timezone.make_aware(now, event.tz)
    result = send_follow_up(event, acting_user=None, now=now, base_url=args.base_url)
    if result.round is None:
        first = round_dates(event)[0][1]
        print(f"No follow-up is due yet for '{event.slug}'; the first is on {first}.")
    else:
        print(
            f"Follow-up '{result.round}' for '{event.slug}': sent {len(result.sent)}, "
            f"{result.already} reached before."
        )
    return 0
