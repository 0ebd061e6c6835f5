"""send_request: the event's who-may-meet-whom policy, quota, mode, duplicates and expiry."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from clustermeet.matchmaking.domain.marks import set_mark
from clustermeet.meetings.domain.requests import cancel_request, respond_to_request, send_request
from clustermeet.meetings.domain.requests_policy import MESSAGE_MAX
from clustermeet.meetings.enums import Priority, RequestStatus
from clustermeet.meetings.models import Request
from tests.event_world import last_entry, named
from tests.factories import make_organisation, make_user


def test_send_request_pending_with_expiry_and_audit(world):
    world.event.request_expiry_days = 5
    world.event.save()
    before = timezone.now()
    request = send_request(
        world.anna, world.ben, acting_user=world.anna.user, message="Hi", priority=Priority.HIGH
    )
    assert request.status == RequestStatus.PENDING
    assert (request.message, request.priority) == ("Hi", Priority.HIGH)
    assert before + timedelta(days=5) <= request.expires_at <= timezone.now() + timedelta(days=5)
    entry = last_entry("send_request")
    assert entry.actor == world.anna.user
    assert entry.on_behalf_of is None
    assert entry.before == {}
    assert entry.after["status"] == "pending"
    assert entry.after["requested"] == world.ben.pk


def test_send_request_automatic_mode_accepts_at_once(world):
    world.event.request_mode = "automatic"
    world.event.request_expiry_days = 5
    world.event.save()
    request = send_request(world.anna, world.ben, acting_user=world.anna.user)
    assert request.status == RequestStatus.ACCEPTED
    assert request.expires_at is None
    assert request.responded_at is not None


def test_send_request_by_organiser_records_on_behalf_of(world):
    send_request(world.anna, world.ben, acting_user=world.organiser)
    entry = last_entry("send_request")
    assert (entry.actor, entry.on_behalf_of) == (world.organiser, world.anna.user)


def test_send_request_for_someone_else_refused(world):
    with pytest.raises(PermissionDenied, match="Only the person themselves or an organiser"):
        send_request(world.anna, world.ben, acting_user=world.ben.user)
    with pytest.raises(PermissionDenied):
        send_request(world.anna, world.ben, acting_user=make_user())
    assert Request.objects.count() == 0


def test_send_request_to_oneself_refused(world):
    with pytest.raises(ValidationError, match="You cannot send a request to yourself."):
        send_request(world.anna, world.anna, acting_user=world.anna.user)


def test_send_request_within_organisation_refused(world):
    colleague = named(world.event, "Carl", organisation=world.anna.organisation)
    with pytest.raises(ValidationError) as refused:
        send_request(world.anna, colleague, acting_user=world.anna.user)
    assert refused.value.messages == [
        "This event arranges meetings between organisations: Carl Test is in your organisation."
    ]


def test_send_request_within_delegation_refused_when_across_delegations(world):
    world.event.meeting_policy = "across_delegations"
    world.event.save()
    eu = world.event.delegations.create(name="EU")
    ca = world.event.delegations.create(name="Canada")
    anna = named(world.event, "Anna", delegation=eu)
    eve = named(world.event, "Eve", delegation=eu)
    carl = named(world.event, "Carl", delegation=ca)
    with pytest.raises(ValidationError) as refused:
        send_request(anna, eve, acting_user=anna.user)
    assert refused.value.messages == [
        "This event only arranges meetings across delegations: Eve Test is in your delegation."
    ]
    assert send_request(anna, carl, acting_user=anna.user).status == RequestStatus.PENDING
    # someone outside every delegation may meet anyone (the matcher's reading)
    assert send_request(world.ben, eve, acting_user=world.ben.user).pk


def test_send_request_outside_type_pairs_refused(world):
    world.event.meeting_policy = "type_pairs"
    world.event.allowed_type_pairs = [["cluster", "company"]]
    world.event.save()
    cluster = named(world.event, "Cleo", organisation=make_organisation(world.event))
    company = named(
        world.event, "Carl", organisation=make_organisation(world.event, kind="company")
    )
    with pytest.raises(ValidationError) as refused:
        send_request(world.anna, cluster, acting_user=world.anna.user)  # cluster with cluster
    assert refused.value.messages == [
        "This event only arranges meetings between these types of organisation: cluster with "
        "company. Cleo Test is from a cluster organisation and you are from a cluster "
        "organisation."
    ]
    assert send_request(world.anna, company, acting_user=world.anna.user).pk


def test_send_request_other_event_refused(world):
    from tests.event_world import future_event

    stranger = named(future_event(), "Sam")
    with pytest.raises(ValidationError, match="Both people must take part in the same event."):
        send_request(world.anna, stranger, acting_user=world.anna.user)


def test_send_request_blocked_by_no_thanks_of_the_other_side(world):
    set_mark(world.ben, world.anna, "no_thanks", acting_user=world.ben.user)
    with pytest.raises(ValidationError) as refused:
        send_request(world.anna, world.ben, acting_user=world.anna.user)
    assert refused.value.messages == [
        "Ben Test is not taking meeting requests from you at this event."
    ]
    # one's own "no thanks" does not block sending: it is one's own mind to change
    carl = named(world.event, "Carl")
    set_mark(world.anna, carl, "no_thanks", acting_user=world.anna.user)
    assert send_request(world.anna, carl, acting_user=world.anna.user).pk


def test_send_request_over_quota_refused_until_one_cancelled(world):
    world.event.request_quota = 2
    world.event.save()
    carl, dora = named(world.event, "Carl"), named(world.event, "Dora")
    first = send_request(world.anna, world.ben, acting_user=world.anna.user)
    send_request(world.anna, carl, acting_user=world.anna.user)
    with pytest.raises(ValidationError) as refused:
        send_request(world.anna, dora, acting_user=world.anna.user)
    assert refused.value.messages == [
        "You have sent 2 requests, the most this event allows; cancel a pending one to send "
        "another."
    ]
    cancel_request(first, acting_user=world.anna.user)
    assert send_request(world.anna, dora, acting_user=world.anna.user).pk


def test_send_request_declined_ones_do_not_count_against_quota(world):
    world.event.request_quota = 1
    world.event.save()
    first = send_request(world.anna, world.ben, acting_user=world.anna.user)
    respond_to_request(first, "decline", acting_user=world.ben.user)
    assert send_request(world.anna, named(world.event, "Carl"), acting_user=world.anna.user).pk


def test_send_request_twice_refused(world):
    send_request(world.anna, world.ben, acting_user=world.anna.user)
    with pytest.raises(ValidationError) as refused:
        send_request(world.anna, world.ben, acting_user=world.anna.user)
    assert refused.value.messages == ["You have already asked to meet Ben Test (pending)."]
    assert Request.objects.count() == 1


def test_send_request_after_decline_refused(world):
    request = send_request(world.anna, world.ben, acting_user=world.anna.user)
    respond_to_request(request, "decline", acting_user=world.ben.user)
    with pytest.raises(ValidationError, match="Ben Test declined your request to meet."):
        send_request(world.anna, world.ben, acting_user=world.anna.user)


def test_send_request_after_cancel_reopens_the_row(world):
    request = send_request(world.anna, world.ben, acting_user=world.anna.user, message="old")
    cancel_request(request, acting_user=world.anna.user)
    again = send_request(world.anna, world.ben, acting_user=world.anna.user, message="new")
    assert again.pk == request.pk
    assert (again.status, again.message) == (RequestStatus.PENDING, "new")
    entry = last_entry("send_request")
    assert (entry.before["status"], entry.after["status"]) == ("cancelled", "pending")


def test_send_request_opposite_pending_makes_mutual_wish(world):
    theirs = send_request(world.ben, world.anna, acting_user=world.ben.user)
    mine = send_request(world.anna, world.ben, acting_user=world.anna.user)
    theirs.refresh_from_db()
    assert (mine.status, theirs.status) == (RequestStatus.ACCEPTED, RequestStatus.ACCEPTED)
    entry = last_entry("accept_request")
    assert entry.target_id == str(theirs.pk)
    assert (entry.before["status"], entry.after["status"]) == ("pending", "accepted")
    assert last_entry("send_request").after["mutual"] is True


def test_send_request_opposite_accepted_refused(world):
    theirs = send_request(world.ben, world.anna, acting_user=world.ben.user)
    respond_to_request(theirs, "accept", acting_user=world.anna.user)
    with pytest.raises(ValidationError) as refused:
        send_request(world.anna, world.ben, acting_user=world.anna.user)
    assert refused.value.messages == ["You already meet Ben Test: you accepted their request."]


def test_send_request_message_too_long_refused(world):
    with pytest.raises(ValidationError) as refused:
        send_request(world.anna, world.ben, acting_user=world.anna.user, message="x" * 1001)
    assert refused.value.messages == [
        f"Your message has 1001 characters; keep it to {MESSAGE_MAX} at most."
    ]
    assert send_request(
        world.anna, world.ben, acting_user=world.anna.user, message="x" * MESSAGE_MAX
    ).pk


def test_send_request_unknown_priority_refused(world):
    with pytest.raises(ValidationError, match="'7' is not a priority"):
        send_request(world.anna, world.ben, acting_user=world.anna.user, priority=7)
