"""After a meeting: one side says whether it was held and what it led to, in one step."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from clustermeet.accounts.models import User
from clustermeet.events.rules import is_organiser
from clustermeet.meetings.domain.attendance import record_attendance, record_outcome
from clustermeet.meetings.enums import MeetingStatus
from clustermeet.meetings.models import Meeting, Outcome
from clustermeet.profiles.models import Participant


def report_meeting(
    meeting: Meeting,
    participant: Participant,
    attendance: str,
    kind: str = "",
    comment: str = "",
    *,
    acting_user: User | None,
) -> Outcome | None:
    """`attendance` held: the meeting is held and `participant`'s outcome is `kind`;
    no_show: it is a no-show and has no outcome. A participant reports once the slot has
    begun (an organiser may at any time). Each step is the audited verb of attendance.py."""
    if attendance not in (MeetingStatus.HELD, MeetingStatus.NO_SHOW):
        raise ValidationError("Say whether the meeting was held or the other side did not come.")
    if attendance == MeetingStatus.HELD and not kind:
        raise ValidationError("Choose what the meeting led to (or 'None').")
    organiser = acting_user is None or is_organiser(meeting.event, acting_user)
    if not organiser and meeting.slot.start > timezone.now():
        raise ValidationError("This meeting has not begun yet; report on it once it has.")
    with transaction.atomic():
        record_attendance(meeting, attendance, acting_user=acting_user)
        if attendance == MeetingStatus.NO_SHOW:
            return None
        return record_outcome(meeting, participant, kind, comment, acting_user=acting_user)
