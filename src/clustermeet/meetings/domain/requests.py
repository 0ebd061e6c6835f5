"""A request's life: `send_request`, `respond_to_request`, `accept_proposal`, `cancel_request`.

Decisions (see also `requests_policy`):
- Sending to someone whose own request to you is pending makes a mutual wish: both requests
  become accepted at once, whatever the event's request mode.
- One row per direction (the database says so): a cancelled or expired request is sent again
  by reopening its row; a declined one cannot be sent again (the other person said no).
- "Propose another time" keeps the request pending with `proposed_slot` set and gives the
  requester the event's expiry days again to take it up (`accept_proposal`, which accepts the
  request; in events where participants book, they then book that slot with `book_meeting`).
- Cancelling an accepted request cancels its meetings not yet held in draft and published
  schedules; archived versions stay as they were.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from clustermeet.accounts.models import User
from clustermeet.audit.log import record
from clustermeet.events.enums import RequestMode
from clustermeet.events.models import Slot
from clustermeet.events.rules import on_behalf_of, require_self_or_organiser
from clustermeet.meetings.domain import request_notices
from clustermeet.meetings.domain.calendar import sync_calendar
from clustermeet.meetings.domain.placement import mark_cancelled
from clustermeet.meetings.domain.requests_policy import (
    HOLDING,
    declined_by_mark,
    message_refusal,
    name,
    pair_refusal,
    policy_refusal,
    quota_refusal,
    slot_label,
)
from clustermeet.meetings.enums import MeetingStatus, Priority, RequestStatus, ScheduleState
from clustermeet.meetings.models import Meeting, Request
from clustermeet.meetings.rules import (
    acted_for,
    require_requested_or_organiser,
    require_requester_or_organiser,
)
from clustermeet.profiles.models import Participant, Unavailability

ANSWERS = ("accept", "decline", "propose")
_STATE = ("status", "message", "priority", "expires_at", "responded_at", "proposed_slot_id")


def _state(request: Request | None) -> dict[str, Any]:
    return {f: getattr(request, f) for f in _STATE} if request is not None else {}


def _expires(event: Any, now: Any) -> Any:
    days = event.request_expiry_days
    return now + timedelta(days=days) if days else None


def _record(
    verb: str,
    request: Request,
    acting_user: User | None,
    before: dict[str, Any],
    side: Participant,
    **extra: Any,
) -> None:
    """The audit entry of a change to `request`, made by or for `side`."""
    record(
        verb,
        request,
        actor=acting_user,
        event=request.event,
        before=before,
        after={**_state(request), **extra},
        on_behalf_of=acted_for(request, acting_user, side),
    )


def _locked(request: Request) -> Request:
    """The request's row, locked for the rest of the transaction, as it now stands."""
    return (
        Request.objects.select_for_update(of=("self",), no_key=True)
        .select_related("event", "requester__user", "requested__user")
        .get(pk=request.pk)
    )


def send_request(
    requester: Participant,
    requested: Participant,
    *,
    acting_user: User | None,
    message: str = "",
    priority: int = Priority.NORMAL,
    notify: bool = True,
) -> Request:
    """`requester` asks to meet `requested`: pending, or accepted at once (automatic mode or
    a mutual wish). `notify=False`: a verb that agrees the meeting on both people's behalf
    sends its own one notice instead."""
    event = requester.event
    require_self_or_organiser(event, acting_user, requester.user)
    if priority not in Priority.values:
        choices = ", ".join(f"{v} ({label})" for v, label in Priority.choices)
        raise ValidationError(f"'{priority}' is not a priority; expected one of {choices}.")
    refusal = policy_refusal(event, requester, requested) or message_refusal(message)
    if refusal:
        raise ValidationError(refusal)
    now = timezone.now()
    with transaction.atomic():
        # The requester's row is the lock: two sends at once cannot both take the last place.
        Participant.objects.select_for_update(no_key=True).filter(pk=requester.pk).first()
        mine = (
            Request.objects.select_for_update(no_key=True)
            .filter(requester=requester, requested=requested)
            .first()
        )
        theirs = (
            Request.objects.select_for_update(no_key=True)
            .filter(requester=requested, requested=requester)
            .first()
        )
        refusal = (
            pair_refusal(mine, theirs, requested)
            or declined_by_mark(requester, requested)
            or quota_refusal(requester)
        )
        if refusal:
            raise ValidationError(refusal)
        mutual = theirs is not None and theirs.status == RequestStatus.PENDING
        accepted = mutual or event.request_mode == RequestMode.AUTOMATIC
        before = _state(mine)
        values = {
            "message": message,
            "priority": priority,
            "status": RequestStatus.ACCEPTED if accepted else RequestStatus.PENDING,
            "created_at": now,
            "responded_at": now if accepted else None,
            "expires_at": None if accepted else _expires(event, now),
            "reminded_at": None,
            "proposed_slot": None,
        }
        if mine is None:
            mine = Request.objects.create(
                event=event, requester=requester, requested=requested, **values
            )
        else:
            for field, value in values.items():
                setattr(mine, field, value)
            mine.save()
        if mutual:
            assert theirs is not None
            theirs_before = _state(theirs)
            theirs.status, theirs.responded_at = RequestStatus.ACCEPTED, now
            theirs.save(update_fields=["status", "responded_at"])
            record(
                "accept_request",
                theirs,
                actor=acting_user,
                event=event,
                before=theirs_before,
                after={**_state(theirs), "mutual_with": mine.pk},
                on_behalf_of=on_behalf_of(event, acting_user, requester.user),
            )
        record(
            "send_request",
            mine,
            actor=acting_user,
            event=event,
            before=before,
            after={**_state(mine), "requested": requested.pk, "mutual": mutual},
            on_behalf_of=on_behalf_of(event, acting_user, requester.user),
        )
        if notify:
            request_notices.request_sent(mine)
    return mine


def _check_proposal(request: Request, slot: Slot) -> None:
    if slot.event_id != request.event_id:
        raise ValidationError("This slot belongs to another event; choose one of this event's.")
    if Unavailability.objects.filter(participant=request.requested, slot=slot).exists():
        raise ValidationError(
            f"{name(request.requested)} is not available at {slot_label(slot)}; "
            "propose a slot they are free in."
        )


def _check_answerable(request: Request, now: Any) -> None:
    if request.status != RequestStatus.PENDING:
        raise ValidationError(
            f"This request is already {request.get_status_display().lower()}; "
            "only a pending request can be answered."
        )
    if request.expires_at is not None and request.expires_at <= now:
        local = request.expires_at.astimezone(request.event.tz)
        raise ValidationError(
            f"This request expired on {local:%d %b %Y at %H:%M}; it can no longer be answered."
        )


def respond_to_request(
    request: Request,
    answer: str,
    *,
    acting_user: User | None,
    proposed_slot: Slot | None = None,
    notify: bool = True,
) -> Request:
    """The requested side accepts, declines, or proposes another time (`proposed_slot`)."""
    require_requested_or_organiser(request, acting_user)
    if answer not in ANSWERS:
        raise ValidationError(f"'{answer}' is not an answer; expected one of {', '.join(ANSWERS)}.")
    if (answer == "propose") != (proposed_slot is not None):
        raise ValidationError("Propose another time with a slot, and give a slot only then.")
    if proposed_slot is not None:
        _check_proposal(request, proposed_slot)
    now = timezone.now()
    with transaction.atomic():
        request = _locked(request)
        _check_answerable(request, now)
        before = _state(request)
        request.responded_at = now
        if answer == "propose":
            request.proposed_slot = proposed_slot
            request.expires_at = _expires(request.event, now)
            request.reminded_at = None
        else:
            request.status = (
                RequestStatus.ACCEPTED if answer == "accept" else RequestStatus.DECLINED
            )
        request.save()
        verb = f"{answer}_request" if answer != "propose" else "propose_time"
        _record(verb, request, acting_user, before, request.requested)
        if notify:
            request_notices.request_answered(request, answer)
    return request


def accept_proposal(request: Request, *, acting_user: User | None) -> Request:
    """The requester takes up the time the other side proposed: the request is accepted."""
    require_requester_or_organiser(request, acting_user)
    now = timezone.now()
    with transaction.atomic():
        request = _locked(request)
        _check_answerable(request, now)
        if request.proposed_slot_id is None:
            raise ValidationError(
                f"{name(request.requested)} has not proposed another time for this request."
            )
        before = _state(request)
        request.status, request.responded_at = RequestStatus.ACCEPTED, now
        request.save(update_fields=["status", "responded_at"])
        _record("accept_proposal", request, acting_user, before, request.requester)
        request_notices.proposal_taken(request)
    return request


def cancel_standing_meetings(request: Request) -> list[int]:
    """Cancel the request's meetings not yet held in draft and published schedules."""
    meetings = Meeting.objects.filter(
        request=request,
        status=MeetingStatus.SCHEDULED,
        schedule__state__in=(ScheduleState.DRAFT, ScheduleState.PUBLISHED),
    )
    cancelled: list[int] = []
    for meeting in meetings:
        if not cancelled:
            sync_calendar(meeting.event_id)  # calendar entries before, then after
        mark_cancelled(meeting)
        cancelled.append(meeting.pk)
    if cancelled:
        sync_calendar(request.event_id)
    return cancelled


def cancel_request(request: Request, *, acting_user: User | None) -> Request:
    """The requester (or an organiser) withdraws a pending or accepted request."""
    require_requester_or_organiser(request, acting_user)
    with transaction.atomic():
        request = _locked(request)
        if request.status not in HOLDING:
            raise ValidationError(
                f"This request is already {request.get_status_display().lower()}; "
                "only a pending or accepted request can be cancelled."
            )
        before = _state(request)
        request.status = RequestStatus.CANCELLED
        request.save(update_fields=["status"])
        cancelled = cancel_standing_meetings(request)
        _record(
            "cancel_request",
            request,
            acting_user,
            before,
            request.requester,
            cancelled_meetings=cancelled,
        )
    return request
