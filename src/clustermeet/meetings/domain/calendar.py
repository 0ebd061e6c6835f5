"""One calendar entry per meeting, stable across moves and schedule versions.

Why a table (`CalendarEntry`) and not the Meeting rows: each published schedule version has
new Meeting rows, and a move edits a row in place, so neither a meeting's id nor its history
says what a calendar app was shown before. A meeting is therefore known by the pair of people
in it (and its `ordinal` when a pair meets more than once, standing meetings first, in time
order); its UID is built from the event and the pair, so it never changes.

The rules, kept by `sync_calendar`, which the verbs that change a published schedule call
(publishing, moving, cancelling, withdrawing a request) before and after their change:
- a meeting first seen gets an entry at SEQUENCE 0 with its time and place;
- a change of start, end, table or cancellation raises SEQUENCE by one;
- a pair that is no longer in the published schedule stays as a cancelled entry (SEQUENCE
  raised once), so a calendar app marks it cancelled instead of keeping a stale copy;
- held or no-show changes nothing a calendar shows, so it raises nothing.

The readers (`live_rows`) apply the same comparison to what they read, so a change that
bypassed the verbs (a database edit) still shows with a raised SEQUENCE until the next sync.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from django.db import transaction

from clustermeet.meetings.enums import MeetingStatus, ScheduleState
from clustermeet.meetings.models import CalendarEntry, Meeting, Schedule

Key = tuple[int, int, int]  # (participant, partner, ordinal)


@dataclass(frozen=True)
class Live:
    """One participant's view of one meeting of the published schedule."""

    meeting: Meeting
    start: datetime
    end: datetime
    table_name: str
    table_link: str
    cancelled: bool


def uid(event_id: int, key: Key) -> str:
    """The same for both sides and for every version of the meeting."""
    participant, partner, ordinal = key
    low, high = sorted((participant, partner))
    return f"meeting-{event_id}-{low}-{high}-{ordinal}@clustermeet"


def live_meetings(meetings: Iterable[Meeting], only: int | None = None) -> dict[Key, Live]:
    """Key every seat of `meetings` (seats, slot and table loaded); `only`: one person's."""
    ordered = sorted(meetings, key=lambda m: (not m.stands, m.slot.start, m.pk))
    seen: dict[tuple[int, int], int] = {}
    found: dict[Key, Live] = {}
    for meeting in ordered:
        people = sorted(s.participant_id for s in meeting.seats.all())
        for person in people:
            if only is not None and person != only:
                continue
            others = [p for p in people if p != person]
            partner = others[0] if others else person
            ordinal = seen.get((person, partner), 0)
            seen[(person, partner)] = ordinal + 1
            found[(person, partner, ordinal)] = Live(
                meeting=meeting,
                start=meeting.slot.start,
                end=meeting.slot.end,
                table_name=meeting.table.name,
                table_link=meeting.table.link,
                cancelled=meeting.status == MeetingStatus.CANCELLED,
            )
    return found


def _state(row: CalendarEntry | Live) -> tuple[object, ...]:
    return (row.start, row.end, row.table_name, row.table_link, row.cancelled)


def changed(entry: CalendarEntry, live: Live | None) -> bool:
    """Whether a feed reading `live` now shows something other than what `entry` recorded."""
    if live is None:
        return not entry.cancelled
    return _state(entry) != _state(live)


def sequence(entry: CalendarEntry | None, live: Live | None) -> int:
    if entry is None:
        return 0
    return entry.sequence + (1 if changed(entry, live) else 0)


def published(event_id: int) -> Schedule | None:
    return (
        Schedule.objects.filter(event_id=event_id, state=ScheduleState.PUBLISHED)
        .order_by("-version")
        .first()
    )


def schedule_meetings(schedule: Schedule, participant_id: int | None = None) -> list[Meeting]:
    meetings = Meeting.objects.filter(schedule=schedule).select_related("slot", "table")
    if participant_id is not None:
        meetings = meetings.filter(seats__participant_id=participant_id)
    return list(meetings.prefetch_related("seats"))


def sync_calendar(event_id: int) -> None:
    """Bring the entries in line with the event's published schedule (see the module's rules).
    Runs inside the calling verb's transaction; its audit entry is the verb's."""
    schedule = published(event_id)
    if schedule is None:  # nothing published yet: no feed has shown anything
        return
    live = live_meetings(schedule_meetings(schedule))
    with transaction.atomic():
        entries = {
            (e.participant_id, e.partner_id, e.ordinal): e
            for e in CalendarEntry.objects.select_for_update().filter(event_id=event_id)
        }
        new: list[CalendarEntry] = []
        updated: list[CalendarEntry] = []
        for key, row in live.items():
            entry = entries.get(key)
            if entry is None:
                participant, partner, ordinal = key
                new.append(
                    CalendarEntry(
                        event_id=event_id,
                        participant_id=participant,
                        partner_id=partner,
                        ordinal=ordinal,
                        start=row.start,
                        end=row.end,
                        table_name=row.table_name,
                        table_link=row.table_link,
                        cancelled=row.cancelled,
                    )
                )
            elif changed(entry, row):
                if (entry.start, entry.table_name) != (row.start, row.table_name):
                    entry.was_start, entry.was_table_name = entry.start, entry.table_name
                entry.sequence += 1
                entry.start, entry.end = row.start, row.end
                entry.table_name, entry.table_link = row.table_name, row.table_link
                entry.cancelled = row.cancelled
                updated.append(entry)
        for key, entry in entries.items():
            if key not in live and not entry.cancelled:
                entry.sequence += 1
                entry.cancelled = True
                updated.append(entry)
        CalendarEntry.objects.bulk_create(new)
        CalendarEntry.objects.bulk_update(
            updated,
            [
                "sequence",
                "start",
                "end",
                "table_name",
                "table_link",
                "cancelled",
                "was_start",
                "was_table_name",
            ],
        )
