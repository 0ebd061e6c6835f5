"""The home page shows other people through `redacted_profile`: contacts only once agreed."""

from __future__ import annotations

import pytest
from django.urls import reverse

from clustermeet.meetings.domain.placement import place_meeting
from tests.factories import (
    make_event,
    make_participant,
    make_request,
    make_schedule,
    make_session,
    make_table,
)


@pytest.mark.django_db
def test_home_agenda_shows_phone_only_of_agreed_partner(client):
    event = make_event()
    me, partner, organiser_placed = (make_participant(event) for _ in range(3))
    partner.phone, organiser_placed.phone = "+1 416 555 0101", "+1 416 555 0102"
    partner.save()
    organiser_placed.save()
    slots = list(make_session(event).slots.order_by("start"))
    table = make_table(event)
    schedule = make_schedule(event, state="published")
    place_meeting(schedule, [me, partner], slots[0], table, make_request(me, partner))
    # placed by the organisers without an accepted request: no contact details
    place_meeting(schedule, [me, organiser_placed], slots[1], table)
    client.force_login(me.user)
    text = client.get(reverse("portal:home")).content.decode()
    assert partner.phone in text and partner.user.email in text
    assert organiser_placed.user.display_name in text
    assert organiser_placed.phone not in text
    assert organiser_placed.user.email not in text
