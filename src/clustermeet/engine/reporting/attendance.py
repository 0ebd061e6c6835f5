"""Meetings by status and the no-show rate."""

from __future__ import annotations

from dataclasses import dataclass

from clustermeet.engine.reporting.inputs import EventData, MeetingStatus


@dataclass(frozen=True)
class MeetingCounts:
    """`placed`: meetings on the schedule that were not cancelled (scheduled, held or
    no-show); `unrecorded`: placed meetings whose attendance nobody recorded yet."""

    placed: int
    held: int
    no_shows: int
    cancelled: int
    unrecorded: int

    @property
    def no_show_rate(self) -> float | None:
        """No-shows among the meetings whose attendance was recorded (held + no-show);
        None when none was recorded."""
        recorded = self.held + self.no_shows
        return self.no_shows / recorded if recorded else None


def count_meetings(data: EventData) -> MeetingCounts:
    def count(status: MeetingStatus) -> int:
        return sum(1 for m in data.meetings if m.status == status)

    held, no_shows = count(MeetingStatus.HELD), count(MeetingStatus.NO_SHOW)
    unrecorded = count(MeetingStatus.SCHEDULED)
    return MeetingCounts(
        placed=held + no_shows + unrecorded,
        held=held,
        no_shows=no_shows,
        cancelled=count(MeetingStatus.CANCELLED),
        unrecorded=unrecorded,
    )
