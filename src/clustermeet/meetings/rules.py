"""Who may do what with requests and meetings, built from the event roles in events/rules.py.

A request belongs to two people: the requester sends, cancels and takes up a proposed time;
the requested person answers. Either side may book the agreed meeting. An organiser (or the
command line's operator) may do any of it on a participant's behalf.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied

from clustermeet.accounts.models import User
from clustermeet.events.rules import is_organiser, on_behalf_of
from clustermeet.meetings.models import Request


def _require_one_of(
    request: Request, acting_user: User | None, allowed: tuple[Any, ...], who: str
) -> None:
    """Pass for an organiser, the operator or a user in `allowed`; else say `who` may."""
    if acting_user is None or is_organiser(request.event, acting_user):
        return
    if acting_user.pk not in allowed:
        raise PermissionDenied(f"Only {who} or an organiser of '{request.event.name}' may do this.")


def require_requester_or_organiser(request: Request, acting_user: User | None) -> None:
    _require_one_of(
        request, acting_user, (request.requester.user_id,), "the person who sent this request"
    )


def require_requested_or_organiser(request: Request, acting_user: User | None) -> None:
    _require_one_of(
        request,
        acting_user,
        (request.requested.user_id,),
        "the person this request was sent to",
    )


def require_side_or_organiser(request: Request, acting_user: User | None) -> None:
    _require_one_of(
        request,
        acting_user,
        (request.requester.user_id, request.requested.user_id),
        "the two people of this request",
    )


def acted_for(request: Request, acting_user: User | None, side: Any) -> Any:
    """The user an organiser acted for: `side` (a Participant) unless one of the two acted."""
    if acting_user is not None and acting_user.pk in (
        request.requester.user_id,
        request.requested.user_id,
    ):
        return None
    return on_behalf_of(request.event, acting_user, side.user)
