"""`free_places` and `book_late_request`: only slots not yet begun, and only organisers."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from clustermeet.meetings.domain.late_requests import book_late_request, free_places
from clustermeet.meetings.models import Meeting
from tests.factories import make_user
from tests.orga.day_world import build_day


@pytest.mark.django_db
def test_free_places_leave_out_slots_that_have_begun():
    day = build_day()
    anna, ben = day.people[0], day.people[1]
    slots = list(day.event.slots.order_by("start"))
    later = {p.slot.pk for p in free_places(day.event, anna, ben, now=slots[3].start)}
    everything = {p.slot.pk for p in free_places(day.event, anna, ben, now=slots[0].start)}
    assert later == everything - {s.pk for s in slots[:4]}
    assert later  # slots 5 and 6 are still to come


@pytest.mark.django_db
def test_book_late_request_refuses_a_slot_that_has_begun():
    day = build_day()
    ben, carla = day.people[1], day.people[2]
    slots = list(day.event.slots.order_by("start"))
    place = free_places(day.event, ben, carla, now=slots[0].start)[0]
    with pytest.raises(ValidationError, match="is not free for both of them"):
        book_late_request(
            ben, carla, place.slot, place.table, acting_user=None, now=place.slot.start
        )
    assert Meeting.objects.filter(slot=place.slot, table=place.table, stands=True).count() == 0


@pytest.mark.django_db
def test_book_late_request_is_for_organisers_only():
    day = build_day()
    anna, ben = day.people[0], day.people[1]
    place = free_places(day.event, anna, ben)[0]
    with pytest.raises(PermissionDenied):
        book_late_request(anna, ben, place.slot, place.table, acting_user=anna.user)
    with pytest.raises(PermissionDenied):
        book_late_request(anna, ben, place.slot, place.table, acting_user=make_user())


@pytest.mark.django_db
def test_free_places_refuse_one_person_twice():
    day = build_day()
    with pytest.raises(ValidationError, match="two different people"):
        free_places(day.event, day.people[0], day.people[0])
