"""The policy in sentences, and the read-only check that says what send_request would say."""

import pytest
from django.core.exceptions import ValidationError

from clustermeet.matchmaking.models import Mark
from clustermeet.meetings.domain.requests import send_request
from clustermeet.meetings.domain.requests_help import policy_summary, request_refusal
from tests.event_world import named
from tests.factories import make_request

pytestmark = pytest.mark.django_db


def test_policy_summary_names_each_rule(world):
    event = world.event
    assert policy_summary(event) == [
        "At this event, anyone may meet anyone from another organisation.",
        "A request becomes a meeting only once the other person accepts it.",
    ]
    event.meeting_policy = "type_pairs"
    event.allowed_type_pairs = [["cluster", "company"]]
    event.request_mode = "automatic"
    event.request_quota, event.request_expiry_days = 1, 3
    assert policy_summary(event) == [
        "At this event, meetings are arranged only between these types of organisation: "
        "cluster organisation with company.",
        "A request is accepted at once: the other person need not answer.",
        "Each participant may have 1 request pending or accepted at a time.",
        "A request not answered within 3 days expires.",
    ]


def _sent_says(requester, requested):  # type: ignore[no-untyped-def]
    try:
        send_request(requester, requested, acting_user=requester.user)
    except ValidationError as error:
        return error.messages[0]
    return None


def test_request_refusal_says_what_send_request_says(world):
    anna, ben = world.anna, world.ben
    cleo = named(world.event, "Cleo")
    colleague = named(world.event, "Carl", organisation=anna.organisation)
    make_request(anna, ben, status="declined")
    Mark.objects.create(participant=cleo, target=ben, kind="no_thanks")
    world.event.request_quota = 1
    world.event.save()
    dora = named(world.event, "Dora")
    make_request(dora, cleo, status="pending")
    cases = [(anna, colleague), (anna, ben), (ben, cleo), (dora, anna), (cleo, anna)]
    before = [request_refusal(a, b) for a, b in cases]
    assert before == [
        "This event arranges meetings between organisations: Carl Test is in your organisation.",
        "Ben Test declined your request to meet.",
        "Cleo Test is not taking meeting requests from you at this event.",
        "You have sent 1 requests, the most this event allows; cancel a pending one to send "
        "another.",
        None,
    ]
    assert [_sent_says(a, b) for a, b in cases] == before
