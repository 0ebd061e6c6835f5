"""An organiser's hand edits to a schedule: lock, move and cancel a meeting.

`move_conflicts` says, before anything is saved, why a move would break a rule; the database
refuses a double booking in any case (a seat's slot follows its meeting's).
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from clustermeet.accounts.enums import NoticeKind
from clustermeet.accounts.models import User
from clustermeet.audit.log import record
from clustermeet.events.enums import TableKind
from clustermeet.events.models import Slot, Table
from clustermeet.events.rules import require_organiser
from clustermeet.meetings.domain.calendar import sync_calendar
from clustermeet.meetings.domain.notices import notify_after_commit
from clustermeet.meetings.domain.placement import mark_cancelled
from clustermeet.meetings.models import Meeting, Seat
from clustermeet.profiles.enums import Attendance
from clustermeet.profiles.models import Unavailability


def move_conflicts(meeting: Meeting, slot: Slot, table: Table) -> list[str]:
    """Why `meeting` cannot move to `slot` at `table`, as sentences; empty when it can."""
    problems: list[str] = []
    if slot.event_id != meeting.event_id or table.event_id != meeting.event_id:
        return ["The slot and the table must be this event's."]
    others = Meeting.objects.filter(schedule=meeting.schedule_id, slot=slot, stands=True).exclude(
        pk=meeting.pk
    )
    if others.filter(table=table).exists():
        problems.append(f"{table} already holds a meeting at {slot}.")
    seats = list(meeting.seats.select_related("participant__user"))
    people = [s.participant for s in seats]
    busy = set(
        Seat.objects.filter(schedule=meeting.schedule_id, slot=slot, stands=True)
        .exclude(meeting=meeting)
        .values_list("participant_id", flat=True)
    )
    away = set(
        Unavailability.objects.filter(slot=slot, participant__in=people).values_list(
            "participant_id", flat=True
        )
    )
    for person in people:
        name = person.user.display_name
        if person.pk in busy:
            problems.append(f"{name} already has a meeting at {slot}.")
        if person.pk in away:
            problems.append(f"{name} is not available at {slot}.")
        if person.attendance == Attendance.REMOTE and table.kind != TableKind.VIRTUAL:
            problems.append(f"{name} takes part remotely and can only meet in a virtual room.")
    return problems


def move_meeting(
    meeting: Meeting, slot: Slot, table: Table, *, acting_user: User | None, notify: bool = True
) -> Meeting:
    require_organiser(meeting.event, acting_user)
    with transaction.atomic():
        meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
        if not meeting.stands:
            raise ValidationError("A cancelled meeting cannot be moved.")
        problems = move_conflicts(meeting, slot, table)
        if problems:
            raise ValidationError(" ".join(problems))
        before = {"slot": meeting.slot_id, "table": meeting.table_id}
        sync_calendar(meeting.event_id)  # the calendar entries before the move, then after
        meeting.slot, meeting.table = slot, table
        meeting.save(update_fields=["slot", "table"])  # the seats follow in the database
        sync_calendar(meeting.event_id)
        record(
            "move_meeting",
            meeting,
            actor=acting_user,
            event=meeting.event,
            before=before,
            after={"slot": slot.pk, "table": table.pk},
        )
        if notify:
            notify_after_commit(
                meeting.participants.select_related("user"),
                lambda: _("Your meeting has moved to %(slot)s") % {"slot": slot},
                lambda: (
                    _("Your meeting is now at %(slot)s, %(table)s.")
                    % {"slot": slot, "table": table}
                ),
                kind=NoticeKind.CHANGES,
            )
    return meeting


def lock_meeting(meeting: Meeting, locked: bool = True, *, acting_user: User | None) -> Meeting:
    """A locked meeting stays where it is when the scheduler runs again."""
    require_organiser(meeting.event, acting_user)
    with transaction.atomic():
        before = {"locked": meeting.locked}
        meeting.locked = locked
        meeting.save(update_fields=["locked"])
        record(
            "lock_meeting",
            meeting,
            actor=acting_user,
            event=meeting.event,
            before=before,
            after={"locked": locked},
        )
    return meeting


def cancel_meeting(
    meeting: Meeting, *, acting_user: User | None, reason: str = "", notify: bool = True
) -> Meeting:
    """Cancel a meeting and tell both sides; its seats stop blocking the slot."""
    require_organiser(meeting.event, acting_user)
    with transaction.atomic():
        meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
        if not meeting.stands:
            raise ValidationError("This meeting is cancelled already.")
        before = {"status": meeting.status}
        sync_calendar(meeting.event_id)
        mark_cancelled(meeting)
        sync_calendar(meeting.event_id)
        record(
            "cancel_meeting",
            meeting,
            actor=acting_user,
            event=meeting.event,
            before=before,
            after={"status": meeting.status, "reason": reason},
        )
        if notify:
            notify_after_commit(
                meeting.participants.select_related("user"),
                lambda: _("Your meeting at %(slot)s is cancelled") % {"slot": meeting.slot},
                lambda: (
                    _("Your meeting at %(slot)s, %(table)s is cancelled.")
                    % {"slot": meeting.slot, "table": meeting.table}
                    + f" {reason}"
                ).strip(),
                kind=NoticeKind.CHANGES,
            )
    return meeting
