"""`clustermeet demo`: the EU–Canada 2019 replay, ready to explore."""

from __future__ import annotations

import argparse
import os
import time
from typing import TYPE_CHECKING

from clustermeet.cli import django as cm_django

if TYPE_CHECKING:  # Django starts only inside the command
    from clustermeet.events.models import Event


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "demo",
        help="load the demo event (EU–Canada Cluster Matchmaking 2019 replay) and serve it",
        description="Migrate the database, (re)load the demo event, schedule its meetings, "
        "compute its recommendations, print the logins and, with --serve, serve the web app "
        "in debug mode. Loading again replaces the demo event.",
    )
    parser.add_argument("--serve", action="store_true", help="serve the web app afterwards")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument(
        "--no-solve", action="store_true", help="skip scheduling and recommendations (faster)"
    )
    parser.set_defaults(handler=run)


def _step(label: str) -> float:
    print(f"  {label}...", flush=True)
    return time.monotonic()


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("CLUSTERMEET_DEBUG", "1")  # debug pages for the demo only
    cm_django.setup()
    print("clustermeet demo")
    started = _step("migrating the database")
    cm_django.call("migrate", "--no-input", verbosity=0)
    _step("loading EU–Canada Cluster Matchmaking 2019 (replay)")
    from clustermeet.demo.load import ORGANISER_PASSWORD, PARTICIPANT_PASSWORD, load_demo

    event, logins = load_demo()
    if not args.no_solve:
        _solve(event)
    print(
        f"  ready in {time.monotonic() - started:.0f} s: {event.participants.count()} "
        f"participants, {event.requests.count()} requests."
    )
    url = f"http://{args.host}:{args.port}"
    print(f"\nEvent page:  {url}/events/{event.slug}/")
    print(f"Organiser:   {logins.organiser} / {ORGANISER_PASSWORD}   ({url}/orga/{event.slug}/)")
    for email in logins.participants:
        print(f"Participant: {email} / {PARTICIPANT_PASSWORD}   ({url}/login/)")
    print(f"(every demo participant's password is {PARTICIPANT_PASSWORD})\n")
    if args.serve:
        from clustermeet.cli.commands.serve import serve

        serve(args.host, args.port)
    return 0


def _solve(event: Event) -> None:
    """Schedule, publish and recommend with the engines' domain services."""
    from clustermeet.matchmaking.domain.recommend import compute_recommendations
    from clustermeet.meetings.domain.publishing import publish_schedule
    from clustermeet.meetings.domain.scheduling import schedule_event

    _step("scheduling the accepted requests")
    schedule = schedule_event(event, acting_user=None, time_limit=30)
    # The demo shows a finished event: its participants see their agendas.
    publish_schedule(schedule, acting_user=None)
    print(
        f"    schedule v{schedule.version} published: {schedule.meetings.count()} "
        f"meetings ({schedule.solver_status})"
    )
    _step("computing partner recommendations")
    compute_recommendations(event, acting_user=None)
