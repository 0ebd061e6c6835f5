"""The table plan: per slot, who sits at which table (shared by the page, the PDF, exports)."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from clustermeet.events.models import Event, Slot, Table
from clustermeet.meetings.domain.diffs import published_schedule_of, standing_meetings
from clustermeet.meetings.models import Meeting, Schedule
from clustermeet.profiles.models import Participant


@dataclass(frozen=True)
class Seating:
    meeting: Meeting
    table: Table
    people: list[Participant]


@dataclass(frozen=True)
class SlotPlan:
    slot: Slot
    seatings: list[Seating]


def day_schedule(event: Event) -> Schedule | None:
    """The published version; before publication, the latest draft."""
    return published_schedule_of(event) or (
        Schedule.objects.filter(event=event).order_by("-version").first()
    )


def table_plan(schedule: Schedule | None) -> list[SlotPlan]:
    if schedule is None:
        return []
    meetings = standing_meetings(schedule)
    return [
        SlotPlan(
            group[0].slot,
            [Seating(m, m.table, [s.participant for s in m.seats.all()]) for m in group],
        )
        for _, grouped in groupby(meetings, key=lambda m: m.slot_id)
        for group in [list(grouped)]
    ]


def local_time(slot: Slot) -> str:
    start = slot.start.astimezone(slot.event.tz)
    end = slot.end.astimezone(slot.event.tz)
    return f"{start:%a %d %b %H:%M}–{end:%H:%M}"
