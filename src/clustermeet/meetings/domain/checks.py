"""What a schedule must satisfy before it is published, checked by the engine's validator.

The stored meetings are mapped back to the engine's indices (`build_event_input`) and checked
by the same constraint functions the solver uses; a meeting the engine cannot name (no
accepted request between its two people) is a violation of its own.
"""

from __future__ import annotations

from clustermeet.engine.scheduling.selection import Placement, validate_event
from clustermeet.meetings.domain.scheduling import build_event_input
from clustermeet.meetings.models import Meeting, Schedule


def _label(meeting: Meeting) -> str:
    names = " and ".join(s.participant.user.display_name for s in meeting.seats.all())
    return f"the meeting of {names} ({meeting.slot}, {meeting.table})"


def schedule_violations(schedule: Schedule) -> list[str]:
    """Every reason `schedule` may not be published, as sentences; empty when it is valid."""
    data = build_event_input(schedule.event)
    slot_of = {s.pk: i for i, s in enumerate(data.slots)}
    table_of = {t.pk: i for i, t in enumerate(data.tables)}
    person_of = {p.pk: i for i, p in enumerate(data.participants)}
    request_of: dict[frozenset[int], int] = {}
    for index, r in enumerate(data.instance.requests):
        request_of[frozenset((r.first, r.second))] = index
    problems: list[str] = []
    placements: list[Placement] = []
    meetings = (
        Meeting.objects.filter(schedule=schedule, stands=True)
        .select_related("slot__event", "table")
        .prefetch_related("seats__participant__user")
    )
    for meeting in meetings:
        people = frozenset(person_of[s.participant_id] for s in meeting.seats.all())
        request = request_of.get(people)
        if request is None:
            problems.append(f"{_label(meeting)} has no accepted request between its people.")
            continue
        placements.append(Placement(request, slot_of[meeting.slot_id], table_of[meeting.table_id]))
    verdict = validate_event(data.instance, placements)
    problems.extend(verdict.violations)
    return problems
