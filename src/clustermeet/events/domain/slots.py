"""Store a session's slots (their times come from the scheduler's `slot_times`)."""

from __future__ import annotations

from datetime import datetime

from django.db import transaction

from clustermeet.engine.scheduling import parse_breaks, slot_times
from clustermeet.events.models import Event, Session, Slot


def session_starts(session: Session) -> list[datetime]:
    """The slot starts the session's settings give (start, end, length, changeover, breaks)."""
    return slot_times(
        session.date,
        session.start_time,
        session.end_time,
        session.slot_minutes,
        session.event.tz,
        session.gap_minutes,
        parse_breaks(session.breaks),
    )


@transaction.atomic
def generate_slots(session: Session) -> list[Slot]:
    """Replace the session's slots by those its settings give, then renumber the event."""
    starts = session_starts(session)
    session.slots.all().delete()
    Slot.objects.bulk_create(
        Slot(event_id=session.event_id, session=session, start=start, minutes=session.slot_minutes)
        for start in starts
    )
    renumber_slots(session.event)
    return list(session.slots.order_by("start"))


def renumber_slots(event: Event) -> None:
    """Give the event's slots consecutive indexes in time order (the engines' slot order)."""
    slots = list(Slot.objects.filter(event=event).order_by("start", "session_id"))
    for index, slot in enumerate(slots):
        slot.index = index
    Slot.objects.bulk_update(slots, ["index"])
