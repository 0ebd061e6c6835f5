"""Generate a session's slots from its start, end, slot length, changeover gap and breaks."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.db import transaction

from clustermeet.events.models import Event, Session, Slot


def parse_breaks(raw: Any) -> list[tuple[time, time]]:
    """Read `[["10:30", "11:00"], ...]`; raise ValueError naming the bad entry."""
    if not isinstance(raw, list):
        raise ValueError('Breaks must be a list of ["HH:MM", "HH:MM"] pairs.')
    breaks = []
    for entry in raw:
        try:
            begin, end = (time.fromisoformat(part) for part in entry)
        except (TypeError, ValueError) as error:
            raise ValueError(f'Break {entry!r} is not a ["HH:MM", "HH:MM"] pair.') from error
        if end <= begin:
            raise ValueError(f"Break {entry!r} ends before it starts.")
        breaks.append((begin, end))
    return sorted(breaks)


def slot_times(
    day: date,
    start: time,
    end: time,
    slot_minutes: int,
    tz: ZoneInfo,
    gap_minutes: int = 0,
    breaks: list[tuple[time, time]] | None = None,
) -> list[datetime]:
    """Start times of the slots that fit wholly between start and end and outside breaks."""
    if slot_minutes <= 0:
        raise ValueError("A slot must last at least one minute.")
    length = timedelta(minutes=slot_minutes)
    step = length + timedelta(minutes=gap_minutes)
    pauses = [
        (datetime.combine(day, b, tzinfo=tz), datetime.combine(day, e, tzinfo=tz))
        for b, e in breaks or []
    ]
    cursor = datetime.combine(day, start, tzinfo=tz)
    close = datetime.combine(day, end, tzinfo=tz)
    starts = []
    while cursor + length <= close:
        clash = next((e for b, e in pauses if cursor < e and b < cursor + length), None)
        if clash is not None:
            cursor = clash  # resume right after the break
            continue
        starts.append(cursor)
        cursor += step
    return starts


@transaction.atomic
def generate_slots(session: Session) -> list[Slot]:
    """Replace the session's slots by those its settings give, then renumber the event."""
    starts = slot_times(
        session.date,
        session.start_time,
        session.end_time,
        session.slot_minutes,
        session.event.tz,
        session.gap_minutes,
        parse_breaks(session.breaks),
    )
    session.slots.all().delete()
    Slot.objects.bulk_create(
        Slot(session=session, start=start, minutes=session.slot_minutes) for start in starts
    )
    renumber_slots(session.event)
    return list(session.slots.order_by("start"))


def renumber_slots(event: Event) -> None:
    """Give the event's slots consecutive indexes in time order (the engines' slot order)."""
    slots = list(Slot.objects.filter(session__event=event).order_by("start", "session_id"))
    for index, slot in enumerate(slots):
        slot.index = index
    Slot.objects.bulk_update(slots, ["index"])
