"""The thin action endpoints: accept a request, book a meeting (JSON, 400/403 with sentences)."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from clustermeet.events.scoping import all_events
from clustermeet.meetings.models import Meeting
from tests.event_world import build_world, future_event, named
from tests.factories import make_request, make_schedule, make_session, make_table


@pytest.fixture
def fair(db):  # type: ignore[no-untyped-def]
    # The tests are `scoped`: the pages get the middleware's scope, as in production.
    with all_events():
        world = build_world()
        world.event.booking_mode = "participants_book"
        world.event.save()
        world.slots = list(make_session(world.event).slots.order_by("start"))
        world.table = make_table(world.event)
        make_schedule(world.event, state="published")
        world.request = make_request(world.anna, world.ben, status="pending")
    return world


def url(name, w):  # type: ignore[no-untyped-def]
    return reverse(f"portal:{name}", args=[w.event.slug, w.request.pk])


@pytest.mark.scoped
def test_accept_then_book_answers_json(client, fair):
    client.force_login(fair.ben.user)
    accepted = client.post(url("accept-request", fair))
    assert (accepted.status_code, accepted.json()) == (
        200,
        {"ok": True, "request": fair.request.pk, "status": "accepted"},
    )
    booked = client.post(url("book-meeting", fair), {"slot": fair.slots[0].pk})
    assert booked.status_code == 200
    body = booked.json()
    assert body["ok"] is True and body["table"] == fair.table.pk
    assert body["message"].startswith("Booked at 09:00 on ")
    with all_events():
        assert list(Meeting.objects.values_list("pk", flat=True)) == [body["meeting"]]


@pytest.mark.scoped
def test_accept_by_requester_is_403_with_sentence(client, fair):
    client.force_login(fair.anna.user)
    response = client.post(url("accept-request", fair))
    assert response.status_code == 403
    assert response.json()["error"].startswith("Only the person this request was sent to")


@pytest.mark.scoped
def test_book_refusals_are_400_with_sentence(client, fair):
    client.force_login(fair.ben.user)
    response = client.post(url("book-meeting", fair), {"slot": fair.slots[0].pk})
    assert (response.status_code, response.json()["error"]) == (
        400,
        "This request is pending; only an accepted request can be booked.",
    )
    assert client.post(url("book-meeting", fair)).json()["error"] == (
        "Choose a slot: send 'slot' with the slot's number."
    )
    assert client.post(url("book-meeting", fair), {"slot": "x1"}).json()["error"] == (
        "'slot' must be the number of a slot; got 'x1'."
    )
    assert client.post(url("book-meeting", fair), {"slot": 999999}).status_code == 400


@pytest.mark.scoped
def test_actions_need_login_post_and_csrf(fair):
    anonymous = Client()
    assert anonymous.post(url("accept-request", fair)).status_code == 302  # to the login page
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(fair.ben.user)
    assert strict.post(url("accept-request", fair)).status_code == 403
    assert strict.get(url("accept-request", fair)).status_code == 405


@pytest.mark.scoped
def test_action_on_another_events_request_is_404(client, fair):
    with all_events():
        other = future_event()
        stranger = named(other, "Sam")
    client.force_login(stranger.user)
    response = client.post(reverse("portal:accept-request", args=[other.slug, fair.request.pk]))
    assert (response.status_code, response.json()) == (
        404,
        {"ok": False, "error": "No such request at this event."},
    )
