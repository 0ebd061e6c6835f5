"""A new event, its first organiser the person who creates it.

Who may: the operator, and staff (every organiser of an event is staff, and so are the
administrators): someone who runs events may start another; a participant may not."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from clustermeet.accounts.models import User
from clustermeet.audit.log import record
from clustermeet.events.domain.organisers import make_organiser
from clustermeet.events.models import Event

EVENT_FIELDS = (
    "slug",
    "name",
    "venue",
    "city",
    "country",
    "description",
    "time_zone",
    "languages",
    "start_date",
    "end_date",
    "is_public",
)


def require_may_create_events(acting_user: User | None) -> None:
    if acting_user is not None and not (acting_user.is_staff or acting_user.is_superuser):
        raise PermissionDenied("Only organisers of an event and administrators may create events.")


def create_event(*, acting_user: User | None, **values: Any) -> Event:
    """The event with `values` (checked as a form would), organised by `acting_user`."""
    require_may_create_events(acting_user)
    unknown = set(values) - set(EVENT_FIELDS)
    if unknown:
        raise ValidationError(f"Unknown event field(s): {', '.join(sorted(unknown))}.")
    with transaction.atomic():
        event = Event(**values)
        event.full_clean()
        event.save()
        if acting_user is not None:
            make_organiser(event, acting_user)
        record(
            "create_event",
            event,
            actor=acting_user,
            event=event,
            after={n: getattr(v, "isoformat", lambda v=v: v)() for n, v in values.items()},
        )
    return event
