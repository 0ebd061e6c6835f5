"""set_availability: replaces a participant's unavailable slots, warns when nothing is left."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from clustermeet.meetings.domain.availability import set_availability
from clustermeet.meetings.domain.placement import place_meeting
from clustermeet.profiles.models import Unavailability
from tests.event_world import future_event, last_entry
from tests.factories import make_request, make_schedule, make_session, make_table


@pytest.fixture
def slots(world):  # type: ignore[no-untyped-def]
    return list(make_session(world.event).slots.order_by("start"))


def unavailable(person):  # type: ignore[no-untyped-def]
    rows = Unavailability.objects.filter(participant=person)
    return sorted(rows.values_list("slot_id", flat=True))


def test_set_availability_replaces_rows_and_audits(world, slots):
    assert set_availability(world.anna, slots[:2], acting_user=world.anna.user) == []
    assert set_availability(world.anna, slots[1:2], acting_user=world.anna.user) == []
    assert unavailable(world.anna) == [slots[1].pk]
    entry = last_entry("set_availability")
    assert entry.before == {"unavailable_slots": sorted(s.pk for s in slots[:2])}
    assert entry.after == {"unavailable_slots": [slots[1].pk]}
    assert (entry.actor, entry.on_behalf_of) == (world.anna.user, None)


def test_set_availability_warns_when_nothing_is_left(world, slots):
    warnings = set_availability(world.anna, slots, acting_user=world.anna.user)
    assert warnings == [
        "You are now unavailable in every slot of the event: no meeting can be booked or "
        "scheduled for you."
    ]


def test_set_availability_warns_about_published_meetings(world, slots):
    schedule = make_schedule(world.event, state="published")
    request = make_request(world.anna, world.ben)
    place_meeting(schedule, [world.anna, world.ben], slots[0], make_table(world.event), request)
    warnings = set_availability(world.anna, slots[:1], acting_user=world.anna.user)
    assert warnings == [
        "1 of your published meetings fall in slots you now mark unavailable; tell the "
        "organisers or cancel them."
    ]


def test_set_availability_other_event_slot_refused(world, slots):
    foreign = make_session(future_event()).slots.first()
    with pytest.raises(ValidationError) as refused:
        set_availability(world.anna, [slots[0], foreign], acting_user=world.anna.user)
    assert refused.value.messages == [
        f"1 of the slots belong to another event; choose slots of '{world.event.name}' only."
    ]
    assert unavailable(world.anna) == []


def test_set_availability_for_someone_else_refused_organiser_allowed(world, slots):
    with pytest.raises(PermissionDenied):
        set_availability(world.anna, slots[:1], acting_user=world.ben.user)
    set_availability(world.anna, slots[:1], acting_user=world.organiser)
    entry = last_entry("set_availability")
    assert (entry.actor, entry.on_behalf_of) == (world.organiser, world.anna.user)
