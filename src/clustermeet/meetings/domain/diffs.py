"""What changed between two schedule versions, meeting by meeting, and who is affected.

A meeting is known by its two people: the same pair in both versions is the same meeting
(moved when its slot or table differs); a pair in one version only is added or removed.
Cancelled meetings count as absent.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from clustermeet.events.models import Event
from clustermeet.meetings.enums import ScheduleState
from clustermeet.meetings.models import Meeting, Schedule
from clustermeet.profiles.models import Participant


@dataclass(frozen=True)
class MeetingChange:
    """`before` is the base version's meeting, `after` the new one's (None where absent)."""

    people: tuple[Participant, ...]
    before: Meeting | None
    after: Meeting | None


@dataclass
class ScheduleDiff:
    added: list[MeetingChange] = field(default_factory=list)
    moved: list[MeetingChange] = field(default_factory=list)
    removed: list[MeetingChange] = field(default_factory=list)
    unchanged: int = 0

    @property
    def affected(self) -> list[Participant]:
        """Everyone with at least one added, moved or removed meeting, once each."""
        people = {
            p.pk: p for change in self.added + self.moved + self.removed for p in change.people
        }
        return sorted(people.values(), key=lambda p: (p.user.display_name, p.pk))

    def changes_of(self, person: Participant) -> list[tuple[str, MeetingChange]]:
        return [
            (kind, change)
            for kind, changes in (
                ("added", self.added),
                ("moved", self.moved),
                ("removed", self.removed),
            )
            for change in changes
            if any(p.pk == person.pk for p in change.people)
        ]


def published_schedule_of(event: Event) -> Schedule | None:
    return (
        Schedule.objects.filter(event=event, state=ScheduleState.PUBLISHED)
        .order_by("-version")
        .first()
    )


def standing_meetings(schedule: Schedule) -> list[Meeting]:
    """The schedule's meetings that stand, with their people, slot and table (fixed queries)."""
    return list(
        Meeting.objects.filter(schedule=schedule, stands=True)
        .select_related("slot__session", "slot__event", "table", "schedule")
        .prefetch_related("seats__participant__user", "seats__participant__organisation")
        .order_by("slot__start", "table__name")
    )


def _by_pair(meetings: list[Meeting]) -> dict[frozenset[int], Meeting]:
    return {frozenset(s.participant_id for s in m.seats.all()): m for m in meetings}


def _people(meeting: Meeting) -> tuple[Participant, ...]:
    return tuple(s.participant for s in meeting.seats.all())


def schedule_diff(new: Schedule, base: Schedule | None) -> ScheduleDiff:
    """`new` against `base` (None: nothing published yet, so every meeting is added)."""
    after = _by_pair(standing_meetings(new))
    before = _by_pair(standing_meetings(base)) if base is not None else {}
    diff = ScheduleDiff()
    for pair, meeting in after.items():
        old = before.get(pair)
        if old is None:
            diff.added.append(MeetingChange(_people(meeting), None, meeting))
        elif (old.slot_id, old.table_id) != (meeting.slot_id, meeting.table_id):
            diff.moved.append(MeetingChange(_people(meeting), old, meeting))
        else:
            diff.unchanged += 1
    for pair, old in before.items():
        if pair not in after:
            diff.removed.append(MeetingChange(_people(old), old, None))
    return diff
