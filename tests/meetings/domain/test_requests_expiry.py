"""expire_requests: expiry after the event's days, one reminder the day before."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from clustermeet.meetings.domain.requests import respond_to_request, send_request
from clustermeet.meetings.domain.requests_expiry import expire_requests
from clustermeet.meetings.enums import RequestStatus
from tests.event_world import last_entry, named
from tests.factories import make_session


@pytest.fixture
def expiring(world):  # type: ignore[no-untyped-def]
    world.event.request_expiry_days = 3
    world.event.request_quota = 1
    world.event.save()
    return send_request(world.anna, world.ben, acting_user=world.anna.user)


def test_expire_requests_reminds_once_the_day_before(world, expiring, mailoutbox):
    early = expire_requests(world.event, now=timezone.now() + timedelta(days=1))
    assert (early.expired, early.reminded) == ([], [])
    day_before = timezone.now() + timedelta(days=2, hours=1)
    report = expire_requests(world.event, now=day_before)
    assert (report.expired, report.reminded) == ([], [expiring.pk])
    assert [m.to for m in mailoutbox] == [[world.ben.user.email]]
    assert "Anna Test" in mailoutbox[0].subject and world.event.name in mailoutbox[0].body
    again = expire_requests(world.event, now=day_before + timedelta(hours=1))
    assert again.reminded == [] and len(mailoutbox) == 1
    expiring.refresh_from_db()
    assert expiring.reminded_at == day_before
    assert last_entry("remind_request").before == {"reminded_at": None}


def test_expire_requests_expires_and_frees_the_quota(world, expiring, mailoutbox):
    carl = named(world.event, "Carl")
    with pytest.raises(ValidationError, match="the most this event allows"):
        send_request(world.anna, carl, acting_user=world.anna.user)
    report = expire_requests(world.event, now=timezone.now() + timedelta(days=3, minutes=1))
    assert report.expired == [expiring.pk]
    expiring.refresh_from_db()
    assert expiring.status == RequestStatus.EXPIRED
    entry = last_entry("expire_request")
    assert (entry.before["status"], entry.after["status"]) == ("pending", "expired")
    assert send_request(world.anna, carl, acting_user=world.anna.user).pk


def test_expire_requests_reminds_requester_of_a_proposal(world, expiring, mailoutbox):
    slot = make_session(world.event).slots.first()
    respond_to_request(expiring, "propose", acting_user=world.ben.user, proposed_slot=slot)
    expire_requests(world.event, now=timezone.now() + timedelta(days=2, hours=1))
    assert [m.to for m in mailoutbox] == [[world.anna.user.email]]
    assert "proposed another time" in mailoutbox[0].subject


def test_expire_requests_leaves_answered_requests(world, expiring, mailoutbox):
    respond_to_request(expiring, "accept", acting_user=world.ben.user)
    report = expire_requests(world.event, now=timezone.now() + timedelta(days=30))
    assert (report.expired, report.reminded, mailoutbox) == ([], [], [])


def test_expire_requests_by_participant_refused(world, expiring):
    with pytest.raises(PermissionDenied, match="Only the organisers"):
        expire_requests(world.event, now=timezone.now(), acting_user=world.anna.user)
    expire_requests(world.event, now=timezone.now(), acting_user=world.organiser)
