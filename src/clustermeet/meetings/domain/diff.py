"""How one schedule version differs from another, by ids, as the API reports it.

What counts as added, removed or moved is `diffs.schedule_diff`'s rule, the console's."""

from __future__ import annotations

from dataclasses import dataclass, field

from clustermeet.meetings.domain.diffs import MeetingChange, schedule_diff
from clustermeet.meetings.enums import ScheduleState
from clustermeet.meetings.models import Meeting, Schedule

Pair = tuple[int, ...]


@dataclass(frozen=True)
class Moved:
    participants: Pair
    before: dict[str, int]
    after: dict[str, int]


@dataclass(frozen=True)
class ScheduleDiff:
    against: int | None  # the version compared with; None when there is none
    added: list[Pair] = field(default_factory=list)
    removed: list[Pair] = field(default_factory=list)
    moved: list[Moved] = field(default_factory=list)
    unchanged: int = 0


def published_other_than(schedule: Schedule) -> Schedule | None:
    return (
        Schedule.objects.filter(event_id=schedule.event_id, state=ScheduleState.PUBLISHED)
        .exclude(pk=schedule.pk)
        .order_by("-version")
        .first()
    )


def _pair(change: MeetingChange) -> Pair:
    return tuple(sorted(p.pk for p in change.people))


def _place(meeting: Meeting | None) -> dict[str, int]:
    assert meeting is not None
    return {"slot": meeting.slot_id, "table": meeting.table_id}


def diff_schedules(schedule: Schedule, against: Schedule | None) -> ScheduleDiff:
    """What `schedule` changes relative to `against` (nothing to compare: all added), by ids:
    the console's `schedule_diff` decides what changed, this only names it for the API."""
    found = schedule_diff(schedule, against)
    moved = [Moved(_pair(c), _place(c.before), _place(c.after)) for c in found.moved]
    return ScheduleDiff(
        against=against.version if against is not None else None,
        added=sorted(_pair(c) for c in found.added),
        removed=sorted(_pair(c) for c in found.removed),
        moved=sorted(moved, key=lambda m: m.participants),
        unchanged=found.unchanged,
    )
