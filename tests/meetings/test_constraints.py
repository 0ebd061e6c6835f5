"""The database itself refuses what must never happen, whatever code writes to it."""

from datetime import time

import pytest
from django.db import IntegrityError, transaction

from clustermeet.events.models import Slot
from clustermeet.meetings.domain.placement import mark_cancelled, place_meeting
from tests.factories import (
    make_event,
    make_participant,
    make_request,
    make_schedule,
    make_session,
    make_table,
)


@pytest.fixture
def setting(db):
    event = make_event()
    make_session(event, start_time=time(9, 0), end_time=time(10, 0))
    slots = list(Slot.objects.filter(session__event=event).order_by("index"))
    people = [make_participant(event) for _ in range(4)]
    tables = [make_table(event, "T01"), make_table(event, "T02")]
    return event, make_schedule(event), slots, people, tables


def test_database_refuses_participant_twice_in_one_slot(setting):
    event, schedule, slots, (a, b, c, _), (t1, t2) = setting
    place_meeting(schedule, [a, b], slots[0], t1)
    with pytest.raises(IntegrityError), transaction.atomic():
        place_meeting(schedule, [a, c], slots[0], t2)


def test_database_refuses_table_twice_in_one_slot(setting):
    event, schedule, slots, (a, b, c, d), (t1, _) = setting
    place_meeting(schedule, [a, b], slots[0], t1)
    with pytest.raises(IntegrityError), transaction.atomic():
        place_meeting(schedule, [c, d], slots[0], t1)


def test_same_people_may_meet_in_other_slot_or_other_schedule(setting):
    event, schedule, slots, (a, b, _, _), (t1, _) = setting
    place_meeting(schedule, [a, b], slots[0], t1)
    place_meeting(schedule, [a, b], slots[1], t1)
    place_meeting(make_schedule(event, version=2), [a, b], slots[0], t1)


def test_cancelled_meeting_frees_its_slot_and_table(setting):
    event, schedule, slots, (a, b, c, _), (t1, _) = setting
    meeting = place_meeting(schedule, [a, b], slots[0], t1)
    mark_cancelled(meeting)
    place_meeting(schedule, [a, c], slots[0], t1)
    assert sorted(s.participant_id for s in meeting.seats.all()) == sorted([a.pk, b.pk])


def test_database_refuses_request_to_oneself(setting):
    event, schedule, slots, (a, _, _, _), _ = setting
    with pytest.raises(IntegrityError), transaction.atomic():
        make_request(a, a)


def test_database_refuses_second_request_same_direction(setting):
    event, schedule, slots, (a, b, _, _), _ = setting
    make_request(a, b)
    make_request(b, a)  # the opposite direction makes a mutual wish
    with pytest.raises(IntegrityError), transaction.atomic():
        make_request(a, b)


def test_database_refuses_participant_twice_at_event(setting):
    event, schedule, slots, (a, _, _, _), _ = setting
    with pytest.raises(IntegrityError), transaction.atomic():
        make_participant(event, user=a.user)


def test_database_refuses_virtual_table_without_link(setting):
    event = setting[0]
    with pytest.raises(IntegrityError), transaction.atomic():
        make_table(event, "Room 1", kind="virtual")
