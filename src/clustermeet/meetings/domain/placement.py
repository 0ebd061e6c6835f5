"""Place and cancel meetings, keeping each meeting's seats in step with its slot."""

from __future__ import annotations

from collections.abc import Sequence

from django.db import transaction

from clustermeet.events.models import Slot, Table
from clustermeet.meetings.enums import MeetingStatus
from clustermeet.meetings.models import Meeting, Request, Schedule, Seat
from clustermeet.profiles.models import Participant


@transaction.atomic
def place_meeting(
    schedule: Schedule,
    participants: Sequence[Participant],
    slot: Slot,
    table: Table,
    request: Request | None = None,
    locked: bool = False,
) -> Meeting:
    """Create a meeting and its seats; the database refuses double bookings (IntegrityError)."""
    meeting = Meeting.objects.create(
        event_id=schedule.event_id,
        schedule=schedule,
        request=request,
        slot=slot,
        table=table,
        locked=locked,
    )
    Seat.objects.bulk_create(
        Seat(
            meeting=meeting,
            participant=p,
            event_id=schedule.event_id,
            schedule=schedule,
            slot=slot,
            stands=True,
        )
        for p in participants
    )
    return meeting


@transaction.atomic
def mark_cancelled(meeting: Meeting) -> None:
    """Mark a meeting cancelled: its seats stop standing (the database cascades) and free it."""
    meeting.status = MeetingStatus.CANCELLED
    meeting.save(update_fields=["status"])
