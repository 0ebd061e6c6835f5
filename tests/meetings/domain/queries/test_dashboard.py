"""The dashboard and redacted_profile: contact details only between agreed partners."""

from __future__ import annotations

from clustermeet.meetings.domain.queries.dashboard import dashboard
from clustermeet.meetings.domain.queries.profiles import redacted_profile
from clustermeet.meetings.domain.requests import send_request
from tests.event_world import future_event, named
from tests.factories import make_request


def test_redacted_profile_hides_contact_until_accepted(world):
    world.ben.phone = "+1 416 555 0100"
    world.ben.save()
    hidden = redacted_profile(world.anna, world.ben)
    assert (hidden.name, hidden.email, hidden.phone) == ("Ben Test", None, None)
    request = make_request(world.anna, world.ben, status="pending")
    assert redacted_profile(world.anna, world.ben).email is None
    request.status = "accepted"
    request.save()
    shown = redacted_profile(world.anna, world.ben)
    assert (shown.email, shown.phone) == (world.ben.user.email, "+1 416 555 0100")
    assert redacted_profile(world.ben, world.anna).email == world.anna.user.email


def test_redacted_profile_of_another_events_person_hidden(world):
    other_event = future_event()
    twin = named(other_event, "Twin", user=world.ben.user)
    make_request(world.anna, world.ben, status="accepted")
    assert redacted_profile(world.anna, twin).email is None


def test_dashboard_lists_requests_quota_and_redacted_people(world):
    world.event.request_quota = 3
    world.event.save()
    carl = named(world.event, "Carl")
    send_request(world.anna, world.ben, acting_user=world.anna.user)
    make_request(carl, world.anna, status="accepted")
    board = dashboard(world.anna)
    assert [(line.other.name, line.request.status) for line in board.sent] == [
        ("Ben Test", "pending")
    ]
    assert [(line.other.name, line.other.email) for line in board.received] == [
        ("Carl Test", carl.user.email)
    ]
    assert board.sent[0].other.email is None
    assert board.quota_left == 2
    assert board.in_touch == {world.ben.pk, carl.pk}
    assert board.agenda == []


def test_dashboard_quota_left_is_none_without_limit(world):
    assert dashboard(world.anna).quota_left is None


def test_redacted_profile_of_nameless_person_never_shows_email(world):
    world.ben.user.first_name = world.ben.user.last_name = ""
    world.ben.user.save()
    shown = redacted_profile(world.anna, world.ben)
    assert shown.name == f"Someone from {world.ben.organisation.name}"
    assert world.ben.user.email not in repr(shown)
