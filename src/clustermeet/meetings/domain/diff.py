"""How one schedule version differs from another: meetings added, removed and moved.

A meeting is known by its two people (at most one standing meeting per pair and version);
it has moved when the pair meets in both versions at another slot or table."""

from __future__ import annotations

from dataclasses import dataclass, field

from clustermeet.meetings.enums import ScheduleState
from clustermeet.meetings.models import Schedule, Seat

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


def _places(schedule: Schedule) -> dict[Pair, dict[str, int]]:
    """{(person, person): {"slot": id, "table": id}} for the meetings that stand; one query."""
    rows = (
        Seat.objects.filter(schedule=schedule, stands=True)
        .values_list("meeting_id", "participant_id", "meeting__slot_id", "meeting__table_id")
        .order_by("meeting_id", "participant_id")
    )
    people: dict[int, list[int]] = {}
    where: dict[int, dict[str, int]] = {}
    for meeting, person, slot, table in rows:
        people.setdefault(meeting, []).append(person)
        where[meeting] = {"slot": slot, "table": table}
    return {tuple(sorted(p)): where[m] for m, p in people.items()}


def published_other_than(schedule: Schedule) -> Schedule | None:
    return (
        Schedule.objects.filter(event_id=schedule.event_id, state=ScheduleState.PUBLISHED)
        .exclude(pk=schedule.pk)
        .order_by("-version")
        .first()
    )


def diff_schedules(schedule: Schedule, against: Schedule | None) -> ScheduleDiff:
    """What `schedule` changes relative to `against` (nothing to compare: all added)."""
    new = _places(schedule)
    old = _places(against) if against is not None else {}
    moved = [Moved(p, old[p], new[p]) for p in sorted(new.keys() & old.keys()) if old[p] != new[p]]
    return ScheduleDiff(
        against=against.version if against is not None else None,
        added=sorted(new.keys() - old.keys()),
        removed=sorted(old.keys() - new.keys()),
        moved=moved,
        unchanged=len(new.keys() & old.keys()) - len(moved),
    )
