"""A session's slot start times from its start, end, slot length, changeover gap and breaks.

Pure, so the database (`events.domain.slots`) and the event-file reader generate the same
slots.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo


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
