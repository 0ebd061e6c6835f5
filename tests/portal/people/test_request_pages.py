"""Requests over HTTP: the form with its message, the quota, the policy when refused, and the
answers on "My requests"."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from clustermeet.events.scoping import all_events
from clustermeet.meetings.models import Request
from tests.factories import make_request
from tests.portal.people.conftest import build_fair, client_for

pytestmark = pytest.mark.scoped


def form_url(fair, person):  # type: ignore[no-untyped-def]
    return reverse("portal:new-request", args=[fair.event.slug, person.pk])


def test_send_request_with_message_from_the_profile_page(fair):
    with all_events():
        fair.event.request_quota = 2
        fair.event.request_expiry_days = 5
        fair.event.save()
    client = client_for(fair.anna.user)
    profile = client.get(reverse("portal:participant", args=[fair.event.slug, fair.ben.pk]))
    assert f'href="{form_url(fair, fair.ben)}">Request a meeting</a>' in profile.content.decode()
    page = client.get(form_url(fair, fair.ben)).content.decode()
    assert '<label for="id_message">Message:</label>' in page
    assert ">Send request</button>" in page
    assert "You may send 2 more requests." in page
    assert "A request not answered within 5 days expires." in page
    response = client.post(form_url(fair, fair.ben), {"message": "Let us talk about sensors."})
    assert response["Location"] == reverse("portal:requests", args=[fair.event.slug])
    with all_events():
        sent = Request.objects.get()
    assert (sent.requester, sent.requested, sent.status, sent.message) == (
        fair.anna,
        fair.ben,
        "pending",
        "Let us talk about sensors.",
    )
    mine = client.get(response["Location"]).content.decode()
    assert "You may send 1 more request." in mine
    assert "Expires on " in mine and "Cancel request" in mine


def test_quota_exhausted_is_said_before_and_when_sending(fair):
    with all_events():
        fair.event.request_quota = 1
        fair.event.save()
        make_request(fair.anna, fair.cleo, status="pending")
    client = client_for(fair.anna.user)
    quota = (
        "You have sent 1 requests, the most this event allows; cancel a pending one to send "
        "another."
    )
    page = client.get(form_url(fair, fair.ben)).content.decode()
    assert quota in page and "You may send 0 more requests." in page
    response = client.post(form_url(fair, fair.ben), {"message": "Hello"})
    assert response.status_code == 200
    assert quota in response.content.decode()
    with all_events():
        assert Request.objects.count() == 1


def test_refused_request_explains_the_events_policy(db):
    with all_events():
        fair = build_fair(meeting_policy="across_delegations")
    client = client_for(fair.ben.user)  # Ben and Cleo are both of the Canada delegation
    page = client.get(form_url(fair, fair.cleo)).content.decode()
    assert (
        "This event only arranges meetings across delegations: Cleo Test is in your delegation."
        in page
    )
    assert (
        "At this event, meetings are arranged only between people of different delegations, "
        "and never within one organisation." in page
    )
    assert "A request becomes a meeting only once the other person accepts it." in page
    assert ">Send request</button>" not in page  # nothing to send that would be refused
    response = client.post(form_url(fair, fair.cleo), {"message": "Hi"})
    assert "in your delegation" in response.content.decode()
    with all_events():
        assert Request.objects.count() == 0


def test_message_too_long_is_refused_on_its_field(fair):
    response = client_for(fair.anna.user).post(form_url(fair, fair.ben), {"message": "x" * 1001})
    assert (
        "Ensure this value has at most 1000 characters (it has 1001)." in response.content.decode()
    )


def test_received_request_is_accepted_declined_or_answered_with_another_time(fair):
    with all_events():
        to_accept = make_request(fair.anna, fair.ben, status="pending", message="Sensors?")
        to_decline = make_request(fair.cleo, fair.ben, status="pending")
    ben = client_for(fair.ben.user)
    mine = reverse("portal:requests", args=[fair.event.slug])
    text = ben.get(mine).content.decode()
    assert "Sensors?" in text and ">Propose another time</button>" in text
    respond = lambda r: reverse("portal:respond-request", args=[fair.event.slug, r.pk])  # noqa: E731
    assert ben.post(respond(to_accept), {"answer": "accept"}).status_code == 302
    assert ben.post(respond(to_decline), {"answer": "decline"}).status_code == 302
    with all_events():
        assert dict(Request.objects.values_list("pk", "status")) == {
            to_accept.pk: "accepted",
            to_decline.pk: "declined",
        }
    # answering twice: the verb's sentence, no change
    response = ben.post(respond(to_accept), {"answer": "decline"}, follow=True)
    assert "only a pending request can be answered" in response.content.decode()
    # the requester may not answer their own request
    assert (
        client_for(fair.anna.user).post(respond(to_accept), {"answer": "accept"}).status_code == 403
    )


def test_proposed_time_is_taken_up_by_the_requester(fair):
    with all_events():
        wanted = make_request(fair.anna, fair.ben, status="pending")
    ben, anna = client_for(fair.ben.user), client_for(fair.anna.user)
    respond = reverse("portal:respond-request", args=[fair.event.slug, wanted.pk])
    response = ben.post(respond, {"answer": "propose"}, follow=True)
    assert "Choose the time you propose." in response.content.decode()
    ben.post(respond, {"answer": "propose", "slot": fair.slots[1].pk})
    text = anna.get(reverse("portal:requests", args=[fair.event.slug])).content.decode()
    assert "They proposed another time: 09:20 on " in text
    take = reverse("portal:take-proposal", args=[fair.event.slug, wanted.pk])
    assert anna.post(take).status_code == 302
    with all_events():
        wanted.refresh_from_db()
    assert (wanted.status, wanted.proposed_slot_id) == ("accepted", fair.slots[1].pk)


def test_sent_request_is_cancelled(fair):
    with all_events():
        wanted = make_request(fair.anna, fair.ben, status="pending")
    cancel = reverse("portal:cancel-request", args=[fair.event.slug, wanted.pk])
    assert client_for(fair.ben.user).post(cancel).status_code == 403  # only the requester
    client_for(fair.anna.user).post(cancel)  # without the button's confirmation: nothing
    with all_events():
        wanted.refresh_from_db()
    assert wanted.status == "pending"
    assert client_for(fair.anna.user).post(cancel, {"confirm": "1"}).status_code == 302
    with all_events():
        wanted.refresh_from_db()
    assert wanted.status == "cancelled"
    assert client_for(fair.stranger.user).post(cancel).status_code == 404


def test_cancelling_an_agreed_meeting_asks_first(fair):
    with all_events():
        agreed = make_request(fair.anna, fair.ben, status="accepted")
    page = client_for(fair.anna.user).get(reverse("portal:requests", args=[fair.event.slug]))
    form = page.content.decode().split(f"/requests/{agreed.pk}/cancel/")[1].split("</form>")[0]
    assert 'type="checkbox" name="confirm" value="1" required' in form
    assert 'type="hidden" name="confirm"' not in form
    cancel = reverse("portal:cancel-request", args=[fair.event.slug, agreed.pk])
    client_for(fair.anna.user).post(cancel)  # the box not ticked: nothing happens
    with all_events():
        agreed.refresh_from_db()
    assert agreed.status == "accepted"


def test_requests_page_explains_expiry_and_is_404_elsewhere(fair):
    mine = reverse("portal:requests", args=[fair.event.slug])
    text = client_for(fair.anna.user).get(mine).content.decode()
    assert "What happens when a request expires?" in text
    assert "reminder by e-mail the day before" in text
    assert client_for(fair.stranger.user).get(mine).status_code == 404


@pytest.mark.parametrize("size", [1, 3])
def test_requests_page_reads_a_fixed_number_of_queries(db, size):
    with all_events():
        fair = build_fair(request_quota=10, request_expiry_days=3)
        from tests.event_world import named

        for n in range(size):
            other = named(fair.event, f"Req{n}")
            make_request(
                fair.anna, other, status="pending", expires_at=timezone.now() + timedelta(days=2)
            )
            make_request(other, fair.anna, status="pending", proposed_slot=fair.slots[0])
    client = client_for(fair.anna.user)
    page = reverse("portal:requests", args=[fair.event.slug])
    client.get(page)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page)
    assert response.content.decode().count("data-request=") == 2 * size
    # scope, session, user, participation, partners, sent, received, slots, quota, navigation
    assert len(queries) == 10


def test_no_thanks_mark_stops_requests_without_saying_so(fair):
    with all_events():
        from clustermeet.matchmaking.models import Mark

        Mark.objects.create(participant=fair.ben, target=fair.anna, kind="no_thanks")
    profile = reverse("portal:participant", args=[fair.event.slug, fair.ben.pk])
    text = client_for(fair.anna.user).get(profile).content.decode()
    assert "Ben Test is not taking meeting requests from you at this event." in text
    assert "Request a meeting</a>" not in text
    assert 'aria-pressed="true"' not in text  # Ben's mark stays his: Anna's buttons are unset


def test_a_mutual_wish_is_accepted_at_once_and_said_so(fair):
    with all_events():
        make_request(fair.ben, fair.anna, status="pending")
    response = client_for(fair.anna.user).post(
        form_url(fair, fair.ben), {"message": ""}, follow=True
    )
    assert "You will meet Ben Test: the request was accepted at once." in response.content.decode()
    with all_events():
        assert sorted(Request.objects.values_list("status", flat=True)) == ["accepted", "accepted"]


def test_my_requests_links_each_person_and_shows_my_own_message(fair):
    client = client_for(fair.anna.user)
    client.post(form_url(fair, fair.ben), {"message": "Sensors for farms?"})
    page = client.get(reverse("portal:requests", args=[fair.event.slug])).content.decode()
    profile = reverse("portal:participant", args=[fair.event.slug, fair.ben.pk])
    assert f'<a href="{profile}"><strong>' in page
    assert "Sensors for farms?" in page


def test_me_tells_the_requested_person_a_request_waits_for_their_answer(fair):
    client = client_for(fair.anna.user)
    client.post(form_url(fair, fair.ben), {"message": "Sensors for farms?"})
    me = client_for(fair.ben.user).get(reverse("portal:home")).content.decode()
    requests_url = reverse("portal:requests", args=[fair.event.slug])
    assert "asks to meet you" in me
    assert f'<a href="{requests_url}">answer in My requests</a>' in me
    # The sender is not told to answer their own request.
    assert "asks to meet you" not in client.get(reverse("portal:home")).content.decode()
