"""Availability over HTTP: untick a session or slots; a warning when nothing is left."""

from __future__ import annotations

import pytest
from django.urls import reverse

from clustermeet.events.scoping import all_events
from clustermeet.profiles.models import Unavailability
from tests.portal.people.conftest import client_for

pytestmark = pytest.mark.scoped


def away(fair) -> list[int]:  # type: ignore[no-untyped-def]
    with all_events():
        return sorted(
            Unavailability.objects.filter(participant=fair.anna).values_list("slot_id", flat=True)
        )


def test_untick_single_slots_then_a_whole_session(fair):
    client = client_for(fair.anna.user)
    url = reverse("portal:availability", args=[fair.event.slug])
    slots = [s.pk for s in fair.slots]
    text = client.get(url).content.decode()
    assert text.count('name="slot"') == 3 and "Nothing is left bookable" not in text
    client.post(url, {"shown": fair.session.pk, "session": fair.session.pk, "slot": slots[:2]})
    assert away(fair) == [slots[2]]
    response = client.post(url, {"shown": fair.session.pk, "slot": slots}, follow=True)  # unticked
    assert away(fair) == slots
    text = response.content.decode()
    assert "You are now unavailable in every slot of the event" in text
    assert 'id="nothing-bookable"' in text
    client.post(url, {"shown": fair.session.pk, "session": fair.session.pk, "slot": slots})
    assert away(fair) == []
    # an empty form changes nothing
    response = client.post(url, {}, follow=True)
    assert "The form showed no session; nothing was changed." in response.content.decode()


def test_availability_is_404_for_another_events_people(fair):
    url = reverse("portal:availability", args=[fair.event.slug])
    assert client_for(fair.stranger.user).get(url).status_code == 404
    assert client_for(fair.stranger.user).post(url, {}).status_code == 404
