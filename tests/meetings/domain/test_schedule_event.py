"""schedule_event on a small stored event: what the engine gets and what is stored."""

from datetime import time

import pytest

from clustermeet.events.models import Slot
from clustermeet.meetings.domain.placement import place_meeting
from clustermeet.meetings.domain.scheduling import build_event_input, schedule_event
from clustermeet.meetings.models import Meeting, Seat
from tests.factories import (
    make_event,
    make_organisation,
    make_participant,
    make_request,
    make_schedule,
    make_session,
    make_table,
)


@pytest.fixture
def small_event(db):
    event = make_event()
    make_session(event, start_time=time(9, 0), end_time=time(10, 0))  # 3 slots of 20 min
    make_table(event, "T01")
    make_table(event, "V01", kind="virtual", link="https://meet.example.org/v01")
    acme = make_organisation(event)
    people = {
        "ann": make_participant(event, organisation=acme),
        "bob": make_participant(event, organisation=acme),
        "cat": make_participant(event),
        "dan": make_participant(event, attendance="remote"),
    }
    return event, people


def test_schedule_event_stores_draft_with_every_request_met(small_event):
    event, people = small_event
    make_request(people["ann"], people["cat"])
    make_request(people["cat"], people["ann"])  # mutual: one meeting, not two
    make_request(people["bob"], people["dan"], priority=3)
    schedule = schedule_event(event, time_limit=5)
    meetings = list(Meeting.objects.filter(schedule=schedule))
    assert (schedule.version, schedule.state, schedule.solver_status) == (1, "draft", "OPTIMAL")
    assert len(meetings) == 2
    assert schedule.statistics["meetings"] == 2
    remote = next(m for m in meetings if people["dan"] in m.participants.all())
    assert remote.table.kind == "virtual"
    assert Seat.objects.filter(schedule=schedule).count() == 4


def test_build_event_input_merges_mutual_requests_and_counts_seats(small_event):
    event, people = small_event
    make_request(people["ann"], people["cat"])
    make_request(people["cat"], people["ann"], priority=2)
    data = build_event_input(event)
    assert [(r.weight) for r in data.instance.requests] == [5]
    ann = data.participants.index(people["ann"])
    assert data.instance.seats[data.instance.participants[ann].organisation] == 2
    assert data.instance.slot_days == (0, 0, 0)


def test_schedule_event_respects_unavailability(small_event):
    event, people = small_event
    slots = list(Slot.objects.filter(session__event=event).order_by("index"))
    people["cat"].unavailable_slots.set(slots[:2], through_defaults={"event": event})
    make_request(people["ann"], people["cat"])
    schedule = schedule_event(event, time_limit=5)
    assert [m.slot for m in Meeting.objects.filter(schedule=schedule)] == [slots[2]]


def test_schedule_event_keeps_locked_meeting_and_adds_version(small_event):
    event, people = small_event
    slots = list(Slot.objects.filter(session__event=event).order_by("index"))
    request = make_request(people["ann"], people["cat"])
    previous = make_schedule(event)
    table = event.tables.get(name="T01")
    place_meeting(previous, [people["ann"], people["cat"]], slots[1], table, request, locked=True)
    schedule = schedule_event(event, time_limit=5)
    meeting = Meeting.objects.get(schedule=schedule)
    assert (schedule.version, meeting.slot, meeting.table, meeting.locked) == (
        2,
        slots[1],
        table,
        True,
    )


@pytest.mark.parametrize("proposed", [0, 1, 2])
def test_a_proposed_time_the_requester_took_is_the_meetings_time(small_event, proposed):
    from clustermeet.meetings.domain.requests import (
        accept_proposal,
        respond_to_request,
        send_request,
    )

    event, people = small_event
    event.request_expiry_days = None
    event.save()
    slots = list(Slot.objects.filter(event=event).order_by("start"))
    asked = send_request(people["ann"], people["cat"], acting_user=None)
    respond_to_request(asked, "propose", acting_user=None, proposed_slot=slots[proposed])
    accept_proposal(asked, acting_user=None)
    make_request(people["bob"], people["cat"])  # competes for Cat's time
    schedule = schedule_event(event, time_limit=5)
    meeting = Meeting.objects.get(schedule=schedule, request=asked)
    assert meeting.slot == slots[proposed]
