"""A participant's secret calendar address: make it, or revoke it and make a new one."""

from __future__ import annotations

import secrets

from django.db import transaction
from django.utils import timezone

from clustermeet.accounts.models import User
from clustermeet.audit.log import record
from clustermeet.events.rules import on_behalf_of, require_self_or_organiser
from clustermeet.meetings.models import CalendarFeed
from clustermeet.profiles.models import Participant

# 32 random bytes: 43 URL-safe characters, not guessable.
TOKEN_BYTES = 32


def renew_calendar_link(participant: Participant, *, acting_user: User | None) -> CalendarFeed:
    """A new secret address; the one before (if any) stops working at once."""
    event = participant.event
    require_self_or_organiser(event, acting_user, participant.user)
    with transaction.atomic():
        feed = CalendarFeed.objects.select_for_update().filter(participant=participant).first()
        revoked = feed is not None
        if feed is None:
            feed = CalendarFeed(event=event, participant=participant)
        feed.token, feed.created_at = secrets.token_urlsafe(TOKEN_BYTES), timezone.now()
        feed.save()
        record(
            "renew_calendar_link",
            participant,
            actor=acting_user,
            event=event,
            before={"had_link": revoked},  # never the token itself: the log is not a key store
            after={"created_at": feed.created_at},
            on_behalf_of=on_behalf_of(event, acting_user, participant.user),
        )
    return feed


def participant_of_feed(event_id: int, token: str) -> Participant | None:
    """The participant whose calendar `token` opens at this event, or None (a revoked or wrong
    token). Used without a session: the token is the only key."""
    if not token or len(token) > 64:
        return None
    feed = (
        CalendarFeed.objects.filter(event_id=event_id, token=token)
        .select_related("participant__event")
        .first()
    )
    if feed is None or not secrets.compare_digest(feed.token, token):
        return None
    return feed.participant
