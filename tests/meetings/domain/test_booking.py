"""book_meeting: either side of an accepted request books a slot of the published schedule."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from clustermeet.meetings.domain.booking import book_meeting
from clustermeet.meetings.models import Meeting, Seat
from clustermeet.profiles.models import Unavailability
from tests.event_world import future_event, last_entry, named
from tests.factories import (
    make_organisation,
    make_request,
    make_schedule,
    make_session,
    make_table,
    make_user,
)


@pytest.fixture
def fair(world):  # type: ignore[no-untyped-def]
    world.event.booking_mode = "participants_book"
    world.event.save()
    slots = list(make_session(world.event).slots.order_by("start"))
    tables = [make_table(world.event, "T01"), make_table(world.event, "T02")]
    room = make_table(world.event, "V01", kind="virtual", link="https://meet.example.org/v01")
    schedule = make_schedule(world.event, 1, state="published")
    request = make_request(world.anna, world.ben, status="accepted")
    return SimpleNamespace(
        w=world, slots=slots, tables=tables, room=room, schedule=schedule, request=request
    )


def refusal(call):  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as refused:
        call()
    return refused.value.messages


def test_book_meeting_places_it_in_the_published_schedule(fair):
    meeting = book_meeting(fair.request, fair.slots[1], acting_user=fair.w.ben.user)
    assert (meeting.schedule, meeting.slot, meeting.table) == (
        fair.schedule,
        fair.slots[1],
        fair.tables[0],
    )
    assert sorted(meeting.seats.values_list("participant_id", flat=True)) == sorted(
        [fair.w.anna.pk, fair.w.ben.pk]
    )
    entry = last_entry("book_meeting")
    assert (entry.actor, entry.on_behalf_of) == (fair.w.ben.user, None)
    assert entry.after == {
        "request": fair.request.pk,
        "schedule": fair.schedule.pk,
        "slot": fair.slots[1].pk,
        "table": fair.tables[0].pk,
    }


def test_book_meeting_by_organiser_records_on_behalf_of(fair):
    book_meeting(fair.request, fair.slots[0], acting_user=fair.w.organiser)
    entry = last_entry("book_meeting")
    assert (entry.actor, entry.on_behalf_of) == (fair.w.organiser, fair.w.anna.user)


def test_book_meeting_by_third_person_refused(fair):
    with pytest.raises(PermissionDenied, match="Only the two people of this request"):
        book_meeting(fair.request, fair.slots[0], acting_user=make_user())
    assert Meeting.objects.count() == 0


def test_book_meeting_when_organisers_schedule_refused(fair):
    fair.w.event.booking_mode = "organiser_schedules"
    fair.w.event.save()
    assert refusal(lambda: book_meeting(fair.request, fair.slots[0], acting_user=None)) == [
        "At this event the organisers schedule the meetings; you cannot book a slot."
    ]


def test_book_meeting_pending_request_refused(fair):
    fair.request.status = "pending"
    fair.request.save()
    assert refusal(lambda: book_meeting(fair.request, fair.slots[0], acting_user=None)) == [
        "This request is pending; only an accepted request can be booked."
    ]


def test_book_meeting_without_published_schedule_refused(fair):
    fair.schedule.state = "draft"
    fair.schedule.save()
    assert refusal(lambda: book_meeting(fair.request, fair.slots[0], acting_user=None)) == [
        "Bookings open when the organisers publish the schedule; try again later."
    ]


def test_book_meeting_person_already_busy_refused(fair):
    carl = named(fair.w.event, "Carl")
    book_meeting(make_request(fair.w.anna, carl), fair.slots[0], acting_user=None)
    [sentence] = refusal(lambda: book_meeting(fair.request, fair.slots[0], acting_user=None))
    assert sentence.startswith("Anna Test already has a meeting at 09:00 on ")
    assert sentence.endswith("; choose another slot.")
    assert book_meeting(fair.request, fair.slots[1], acting_user=None).slot == fair.slots[1]


def test_book_meeting_twice_refused(fair):
    book_meeting(fair.request, fair.slots[0], acting_user=None)
    [sentence] = refusal(lambda: book_meeting(fair.request, fair.slots[1], acting_user=None))
    assert sentence.startswith("The meeting of Anna Test with Ben Test is already booked at 09:00")


def test_book_meeting_unavailable_person_refused(fair):
    Unavailability.objects.create(participant=fair.w.ben, slot=fair.slots[2])
    [sentence] = refusal(lambda: book_meeting(fair.request, fair.slots[2], acting_user=None))
    assert sentence.startswith("Ben Test is not available at 09:40 on ")


def test_book_meeting_no_free_table_refused(fair):
    for n in range(2):
        pair = named(fair.w.event, f"P{n}"), named(fair.w.event, f"Q{n}")
        book_meeting(make_request(*pair), fair.slots[0], acting_user=None)
    [sentence] = refusal(lambda: book_meeting(fair.request, fair.slots[0], acting_user=None))
    assert sentence.startswith("No table is free at 09:00 on ")


def test_book_meeting_remote_person_gets_virtual_room(fair):
    fair.w.ben.attendance = "remote"
    fair.w.ben.save()
    assert book_meeting(fair.request, fair.slots[0], acting_user=None).table == fair.room


def test_book_meeting_chosen_table_checked(fair):
    taken = book_meeting(
        make_request(named(fair.w.event, "P"), named(fair.w.event, "Q")),
        fair.slots[0],
        acting_user=None,
        table=fair.tables[1],
    )
    assert taken.table == fair.tables[1]
    [sentence] = refusal(
        lambda: book_meeting(fair.request, fair.slots[0], acting_user=None, table=fair.tables[1])
    )
    assert sentence.startswith("T02 is taken at 09:00 on ")
    assert refusal(
        lambda: book_meeting(fair.request, fair.slots[0], acting_user=None, table=fair.room)
    ) == ["V01 is a virtual room; this meeting needs an on-site table."]
    booth = make_table(fair.w.event, "B01", host=make_organisation(fair.w.event))
    assert refusal(
        lambda: book_meeting(fair.request, fair.slots[0], acting_user=None, table=booth)
    ) == ["B01 is another organisation's booth; choose another."]
    other = make_table(future_event(), "X01")
    assert refusal(
        lambda: book_meeting(fair.request, fair.slots[0], acting_user=None, table=other)
    ) == ["This table belongs to another event; choose one of this event's."]


def test_book_meeting_prefers_own_booth(fair):
    booth = make_table(fair.w.event, "B01", host=fair.w.ben.organisation)
    assert book_meeting(fair.request, fair.slots[0], acting_user=None).table == booth


def test_book_meeting_past_or_foreign_slot_refused(fair):
    fair.slots[0].start -= timedelta(days=400)
    fair.slots[0].save()
    [sentence] = refusal(lambda: book_meeting(fair.request, fair.slots[0], acting_user=None))
    assert sentence.endswith("has begun; choose a later one.")
    foreign = make_session(future_event()).slots.first()
    assert refusal(lambda: book_meeting(fair.request, foreign, acting_user=None)) == [
        "This slot belongs to another event; choose one of this event's."
    ]


def test_book_meeting_max_meetings_refused(fair):
    fair.w.anna.max_meetings = 1
    fair.w.anna.save()
    book_meeting(
        make_request(fair.w.anna, named(fair.w.event, "C")), fair.slots[0], acting_user=None
    )
    assert refusal(lambda: book_meeting(fair.request, fair.slots[1], acting_user=None)) == [
        "Anna Test already has 1 meeting, the most they take."
    ]
    assert Seat.objects.filter(participant=fair.w.anna).count() == 1
