"""`clustermeet token --event SLUG --user EMAIL`: make an API token (its secret printed once),
list a person's tokens, or revoke one."""

from __future__ import annotations

import argparse
import sys

from clustermeet.cli import django as cm_django


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "token",
        help="make, list or revoke API tokens",
        description="Make an API token for a person at an event (printed once: only its hash is "
        "kept). The role defaults to organiser for an organiser of the event, else participant.",
    )
    parser.add_argument("--event", required=True, metavar="SLUG", help="the event's slug")
    parser.add_argument("--user", required=True, metavar="EMAIL", help="whose token")
    parser.add_argument("--role", choices=["organiser", "participant"], help="default: see above")
    parser.add_argument("--name", default="", help="what the token is for")
    parser.add_argument("--list", action="store_true", help="list the person's tokens instead")
    parser.add_argument("--revoke", metavar="PREFIX", help="revoke the token starting so")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    cm_django.setup()
    from django.core.exceptions import ValidationError

    from clustermeet.accounts.models import User
    from clustermeet.api.domain.tokens import create_api_token, revoke_api_token, tokens_of
    from clustermeet.events.models import Event

    event = Event.objects.filter(slug=args.event).first()
    if event is None:
        print(f"No event '{args.event}'.", file=sys.stderr)
        return 2
    user = User.objects.filter(email__iexact=args.user).first()
    if user is None:
        print(f"No user with the e-mail address {args.user}.", file=sys.stderr)
        return 2
    tokens = tokens_of(event, user)
    if args.list:
        for t in tokens:
            state = f"revoked {t.revoked_at:%Y-%m-%d}" if t.revoked_at else "live"
            used = f"{t.last_used_at:%Y-%m-%d %H:%M}" if t.last_used_at else "never"
            print(f"{t.prefix}…  {t.role:<11} {state:<18} last used {used}  {t.name}")
        return 0
    try:
        if args.revoke:
            found = list(tokens.filter(prefix__startswith=args.revoke[:10]))
            if len(found) != 1:
                print(
                    f"{len(found)} tokens start with '{args.revoke}'; expected one.",
                    file=sys.stderr,
                )
                return 2
            revoke_api_token(found[0], acting_user=None)
            print(f"Revoked {found[0].prefix}….")
            return 0
        token, secret = create_api_token(event, user, args.role, args.name, acting_user=None)
    except ValidationError as error:
        print(" ".join(error.messages), file=sys.stderr)
        return 2
    print(
        f"{token.role} token for {user.email} at '{event.slug}' (shown once, keep it safe):",
        file=sys.stderr,
    )
    print(secret)
    return 0
