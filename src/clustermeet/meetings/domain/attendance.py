"""The day itself and after: check-in at the door, held or no-show, and outcomes."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from clustermeet.accounts.models import User
from clustermeet.audit.log import record
from clustermeet.events.rules import is_organiser, on_behalf_of, require_organiser
from clustermeet.meetings.enums import MeetingStatus, OutcomeKind, ScheduleState
from clustermeet.meetings.models import Meeting, Outcome
from clustermeet.profiles.models import Participant

COMMENT_LIMIT = 2000


def check_in(participant: Participant, *, acting_user: User | None) -> Participant:
    """The participant has arrived (an organiser at the door records it)."""
    require_organiser(participant.event, acting_user)
    with transaction.atomic():
        before = {"checked_in_at": participant.checked_in_at}
        participant.checked_in_at = participant.checked_in_at or timezone.now()
        participant.save(update_fields=["checked_in_at"])
        record(
            "check_in",
            participant,
            actor=acting_user,
            event=participant.event,
            before=before,
            after={"checked_in_at": participant.checked_in_at},
        )
    return participant


def _require_party_or_organiser(meeting: Meeting, acting_user: User | None) -> None:
    if acting_user is None or is_organiser(meeting.event, acting_user):
        return
    if not meeting.seats.filter(participant__user=acting_user).exists():
        raise PermissionDenied(
            "Only the two people of this meeting or an organiser may record what happened."
        )


def _require_published(meeting: Meeting) -> None:
    if not meeting.stands:
        raise ValidationError("This meeting was cancelled.")
    if meeting.schedule.state != ScheduleState.PUBLISHED:
        raise ValidationError("Only meetings of the published schedule can be recorded.")


def record_attendance(meeting: Meeting, status: str, *, acting_user: User | None) -> Meeting:
    """Held or no-show (or back to scheduled, to correct a mistake)."""
    allowed = (MeetingStatus.HELD, MeetingStatus.NO_SHOW, MeetingStatus.SCHEDULED)
    if status not in allowed:
        raise ValidationError(f"'{status}' is not one of: held, no_show, scheduled.")
    _require_party_or_organiser(meeting, acting_user)
    with transaction.atomic():
        meeting = Meeting.objects.select_for_update().select_related("schedule").get(pk=meeting.pk)
        _require_published(meeting)
        before = {"status": meeting.status}
        meeting.status = status
        meeting.save(update_fields=["status"])
        record(
            "record_attendance",
            meeting,
            actor=acting_user,
            event=meeting.event,
            before=before,
            after={"status": status},
        )
    return meeting


def record_outcome(
    meeting: Meeting,
    participant: Participant,
    kind: str,
    comment: str = "",
    *,
    acting_user: User | None,
) -> Outcome:
    """One side's account of what the meeting led to; the other side's stays private to them."""
    if kind not in OutcomeKind.values:
        raise ValidationError(f"'{kind}' is not an outcome; expected one of {OutcomeKind.values}.")
    if len(comment) > COMMENT_LIMIT:
        raise ValidationError(f"The comment is {len(comment)} characters; at most {COMMENT_LIMIT}.")
    event = meeting.event
    if (
        acting_user is not None
        and not is_organiser(event, acting_user)
        and participant.user_id != acting_user.pk
    ):
        raise PermissionDenied("Each person records their own outcome.")
    if not meeting.seats.filter(participant=participant).exists():
        raise ValidationError(f"{participant.user.display_name} was not in this meeting.")
    with transaction.atomic():
        meeting = Meeting.objects.select_related("schedule").get(pk=meeting.pk)
        _require_published(meeting)
        if meeting.status == MeetingStatus.NO_SHOW:
            raise ValidationError("This meeting was recorded as a no-show; it has no outcome.")
        outcome = Outcome.objects.filter(meeting=meeting, participant=participant).first()
        before = {"kind": outcome.kind, "comment": outcome.comment} if outcome else {}
        if outcome is None:
            outcome = Outcome(event=event, meeting=meeting, participant=participant)
        outcome.kind, outcome.comment, outcome.reported_at = kind, comment, timezone.now()
        outcome.save()
        record(
            "record_outcome",
            outcome,
            actor=acting_user,
            event=event,
            before=before,
            after={"kind": kind, "comment": comment},
            on_behalf_of=on_behalf_of(event, acting_user, participant.user)
            if acting_user is not None
            else None,
        )
    return outcome
