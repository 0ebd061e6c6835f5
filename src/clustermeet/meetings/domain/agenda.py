"""A participant's agenda: their meetings in the event's latest published schedule."""

from __future__ import annotations

from dataclasses import dataclass

from clustermeet.meetings.enums import MeetingStatus, ScheduleState
from clustermeet.meetings.models import Meeting, Schedule
from clustermeet.profiles.models import Participant


@dataclass(frozen=True)
class AgendaEntry:
    meeting: Meeting
    partners: list[Participant]


def published_schedule(participant: Participant) -> Schedule | None:
    return (
        Schedule.objects.filter(event_id=participant.event_id, state=ScheduleState.PUBLISHED)
        .order_by("-version")
        .first()
    )


def agenda(participant: Participant) -> list[AgendaEntry]:
    schedule = published_schedule(participant)
    if schedule is None:
        return []
    meetings = (
        Meeting.objects.filter(schedule=schedule, seats__participant=participant)
        .exclude(status=MeetingStatus.CANCELLED)
        .select_related("slot__session", "table")
        .prefetch_related("seats__participant__user", "seats__participant__organisation")
        .order_by("slot__start")
    )
    return [
        AgendaEntry(m, [s.participant for s in m.seats.all() if s.participant_id != participant.pk])
        for m in meetings
    ]
