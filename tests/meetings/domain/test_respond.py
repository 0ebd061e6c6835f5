"""respond_to_request, accept_proposal and cancel_request."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from clustermeet.meetings.domain.placement import place_meeting
from clustermeet.meetings.domain.requests import (
    accept_proposal,
    cancel_request,
    respond_to_request,
    send_request,
)
from clustermeet.meetings.enums import MeetingStatus, RequestStatus
from clustermeet.profiles.models import Unavailability
from tests.event_world import future_event, last_entry
from tests.factories import make_schedule, make_session, make_table, make_user


@pytest.fixture
def pending(world):  # type: ignore[no-untyped-def]
    return send_request(world.anna, world.ben, acting_user=world.anna.user)


def test_respond_accept_by_requested_side(world, pending):
    answered = respond_to_request(pending, "accept", acting_user=world.ben.user)
    assert answered.status == RequestStatus.ACCEPTED
    assert answered.responded_at is not None
    entry = last_entry("accept_request")
    assert (entry.actor, entry.on_behalf_of) == (world.ben.user, None)
    assert (entry.before["status"], entry.after["status"]) == ("pending", "accepted")


def test_respond_decline_by_organiser_on_behalf_of_requested(world, pending):
    answered = respond_to_request(pending, "decline", acting_user=world.organiser)
    assert answered.status == RequestStatus.DECLINED
    entry = last_entry("decline_request")
    assert (entry.actor, entry.on_behalf_of) == (world.organiser, world.ben.user)


def test_respond_by_requester_refused(world, pending):
    with pytest.raises(PermissionDenied, match="Only the person this request was sent to"):
        respond_to_request(pending, "accept", acting_user=world.anna.user)
    with pytest.raises(PermissionDenied):
        respond_to_request(pending, "accept", acting_user=make_user())
    pending.refresh_from_db()
    assert pending.status == RequestStatus.PENDING


def test_respond_twice_refused(world, pending):
    respond_to_request(pending, "decline", acting_user=world.ben.user)
    with pytest.raises(ValidationError) as refused:
        respond_to_request(pending, "accept", acting_user=world.ben.user)
    assert refused.value.messages == [
        "This request is already declined; only a pending request can be answered."
    ]


def test_respond_after_expiry_refused(world, pending):
    pending.expires_at = timezone.now() - timedelta(minutes=1)
    pending.save()
    with pytest.raises(ValidationError, match="This request expired on .*; it can no longer"):
        respond_to_request(pending, "accept", acting_user=world.ben.user)


def test_respond_unknown_answer_refused(world, pending):
    with pytest.raises(ValidationError, match="'maybe' is not an answer; expected one of"):
        respond_to_request(pending, "maybe", acting_user=world.ben.user)


def test_respond_propose_keeps_pending_and_requester_accepts(world, pending):
    world.event.request_expiry_days = 3
    world.event.save()
    slot = make_session(world.event).slots.order_by("start")[1]
    proposed = respond_to_request(
        pending, "propose", acting_user=world.ben.user, proposed_slot=slot
    )
    assert (proposed.status, proposed.proposed_slot) == (RequestStatus.PENDING, slot)
    assert proposed.expires_at > timezone.now() + timedelta(days=2)
    assert last_entry("propose_time").after["proposed_slot_id"] == slot.pk
    with pytest.raises(PermissionDenied, match="Only the person who sent this request"):
        accept_proposal(proposed, acting_user=world.ben.user)
    accepted = accept_proposal(proposed, acting_user=world.anna.user)
    assert (accepted.status, accepted.proposed_slot_id) == (RequestStatus.ACCEPTED, slot.pk)
    entry = last_entry("accept_proposal")
    assert (entry.before["status"], entry.after["status"]) == ("pending", "accepted")


def test_accept_proposal_without_proposal_refused(world, pending):
    with pytest.raises(ValidationError) as refused:
        accept_proposal(pending, acting_user=world.anna.user)
    assert refused.value.messages == ["Ben Test has not proposed another time for this request."]


def test_respond_propose_unavailable_or_foreign_slot_refused(world, pending):
    slot = make_session(world.event).slots.first()
    Unavailability.objects.create(participant=world.ben, slot=slot)
    with pytest.raises(ValidationError, match="Ben Test is not available at 09:00 on"):
        respond_to_request(pending, "propose", acting_user=world.ben.user, proposed_slot=slot)
    foreign = make_session(future_event()).slots.first()
    with pytest.raises(ValidationError, match="This slot belongs to another event"):
        respond_to_request(pending, "propose", acting_user=world.ben.user, proposed_slot=foreign)
    with pytest.raises(ValidationError, match="Propose another time with a slot"):
        respond_to_request(pending, "propose", acting_user=world.ben.user)


def test_cancel_accepted_request_cancels_meetings_not_yet_held(world, pending):
    respond_to_request(pending, "accept", acting_user=world.ben.user)
    slots = list(make_session(world.event).slots.order_by("start"))
    table = make_table(world.event)
    people = [world.anna, world.ben]
    draft = place_meeting(make_schedule(world.event, 1), people, slots[0], table, pending)
    published = make_schedule(world.event, 2, state="published")
    upcoming = place_meeting(published, people, slots[1], table, pending)
    held = place_meeting(published, people, slots[2], table, pending)
    held.status = MeetingStatus.HELD
    held.save()
    archived = place_meeting(
        make_schedule(world.event, 3, state="archived"), people, slots[0], table, pending
    )
    cancelled = cancel_request(pending, acting_user=world.anna.user)
    assert cancelled.status == RequestStatus.CANCELLED
    for meeting in (draft, upcoming, held, archived):
        meeting.refresh_from_db()
    assert [m.status for m in (draft, upcoming, held, archived)] == [
        "cancelled",
        "cancelled",
        "held",
        "scheduled",
    ]
    assert upcoming.seats.filter(stands=True).count() == 0
    entry = last_entry("cancel_request")
    assert entry.before["status"] == "accepted"
    assert sorted(entry.after["cancelled_meetings"]) == sorted([draft.pk, upcoming.pk])


def test_cancel_by_requested_side_refused_organiser_allowed(world, pending):
    with pytest.raises(PermissionDenied, match="Only the person who sent this request"):
        cancel_request(pending, acting_user=world.ben.user)
    cancel_request(pending, acting_user=world.organiser)
    entry = last_entry("cancel_request")
    assert (entry.actor, entry.on_behalf_of) == (world.organiser, world.anna.user)


def test_cancel_declined_request_refused(world, pending):
    respond_to_request(pending, "decline", acting_user=world.ben.user)
    with pytest.raises(ValidationError) as refused:
        cancel_request(pending, acting_user=world.anna.user)
    assert refused.value.messages == [
        "This request is already declined; only a pending or accepted request can be cancelled."
    ]
