"""E-mails about requests: the requested side is told of a request, the requester of every
answer, both of an expiry; each in the person's language, and not to who switched it off."""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from django.utils import timezone

from clustermeet.accounts.domain.notifications import set_notifications
from clustermeet.meetings.domain.requests import accept_proposal, respond_to_request, send_request
from clustermeet.meetings.domain.requests_expiry import expire_requests
from tests.factories import make_session


@pytest.fixture
def sent(world, django_capture_on_commit_callbacks, mailoutbox):  # type: ignore[no-untyped-def]
    with django_capture_on_commit_callbacks(execute=True):
        request = send_request(
            world.anna, world.ben, acting_user=world.anna.user, message="Shall we talk sensors?"
        )
    return request


def test_the_requested_side_hears_of_a_request_with_its_message(world, sent, mailoutbox):
    (mail,) = mailoutbox
    assert mail.to == [world.ben.user.email]
    assert "Anna Test asks to meet you" in mail.subject
    assert "Shall we talk sensors?" in mail.body


@pytest.mark.parametrize(
    ("answer", "words"),
    [("accept", "accepted your request"), ("decline", "declined your request")],
)
def test_the_requester_hears_of_the_answer(
    world, sent, mailoutbox, django_capture_on_commit_callbacks, answer, words
):
    with django_capture_on_commit_callbacks(execute=True):
        respond_to_request(sent, answer, acting_user=world.ben.user)
    assert mailoutbox[-1].to == [world.anna.user.email]
    assert f"Ben Test {words}" in mailoutbox[-1].body


def test_another_time_proposed_and_taken_up_is_told_to_the_other_side(
    world, sent, mailoutbox, django_capture_on_commit_callbacks
):
    make_session(world.event, start_time=time(9, 0), end_time=time(10, 0))
    slot = world.event.slots.order_by("start").last()
    with django_capture_on_commit_callbacks(execute=True):
        respond_to_request(sent, "propose", acting_user=world.ben.user, proposed_slot=slot)
    assert mailoutbox[-1].to == [world.anna.user.email]
    assert "proposes another time" in mailoutbox[-1].body
    with django_capture_on_commit_callbacks(execute=True):
        accept_proposal(sent, acting_user=world.anna.user)
    assert mailoutbox[-1].to == [world.ben.user.email]
    assert "Anna Test accepted the time you proposed" in mailoutbox[-1].body


def test_an_expiry_is_told_to_both(world, mailoutbox, django_capture_on_commit_callbacks):
    world.event.request_expiry_days = 3
    world.event.save()
    request = send_request(world.anna, world.ben, acting_user=world.anna.user)
    with django_capture_on_commit_callbacks(execute=True):
        expire_requests(world.event, now=timezone.now() + timedelta(days=3, minutes=1))
    request.refresh_from_db()
    assert request.status == "expired"
    told = sorted(address for m in mailoutbox if "expired" in m.body for address in m.to)
    assert told == sorted([world.anna.user.email, world.ben.user.email])


def test_a_switched_off_kind_is_not_sent(world, mailoutbox, django_capture_on_commit_callbacks):
    set_notifications(world.ben.user, {"requests": False}, acting_user=world.ben.user)
    with django_capture_on_commit_callbacks(execute=True):
        send_request(world.anna, world.ben, acting_user=world.anna.user)
    assert mailoutbox == []


def test_the_notice_is_in_the_persons_language(
    world, mailoutbox, django_capture_on_commit_callbacks
):
    world.ben.user.language = "fr"
    world.ben.user.save(update_fields=["language"])
    with django_capture_on_commit_callbacks(execute=True):
        send_request(world.anna, world.ben, acting_user=world.anna.user)
    assert "Anna Test demande à vous rencontrer" in mailoutbox[0].body
