from datetime import UTC, date, datetime, time

import pytest

from clustermeet.events.domain.slots import parse_breaks, slot_times
from clustermeet.events.models import Slot
from tests.factories import TORONTO, make_event, make_session


def test_slot_times_fill_session_without_overrun():
    starts = slot_times(date(2019, 6, 5), time(9, 0), time(10, 10), 20, TORONTO)
    assert [s.time() for s in starts] == [time(9, 0), time(9, 20), time(9, 40)]


def test_slot_times_skip_break_and_resume_after_it():
    starts = slot_times(
        date(2019, 6, 5), time(9, 0), time(11, 0), 30, TORONTO, breaks=[(time(9, 45), time(10, 15))]
    )
    assert [s.time() for s in starts] == [time(9, 0), time(10, 15)]


def test_slot_times_leave_changeover_gap():
    starts = slot_times(date(2019, 6, 5), time(9, 0), time(10, 0), 15, TORONTO, gap_minutes=5)
    assert [s.time() for s in starts] == [time(9, 0), time(9, 20), time(9, 40)]


def test_slot_times_are_local_to_event_time_zone():
    (first,) = slot_times(date(2019, 6, 5), time(9, 0), time(9, 20), 20, TORONTO)
    # 9:00 in Toronto during daylight saving time is 13:00 UTC.
    assert first.astimezone(UTC) == datetime(2019, 6, 5, 13, 0, tzinfo=UTC)


def test_parse_breaks_rejects_reversed_break():
    with pytest.raises(ValueError, match="ends before it starts"):
        parse_breaks([["11:00", "10:30"]])


def test_parse_breaks_rejects_garbage():
    with pytest.raises(ValueError, match="not a"):
        parse_breaks([["eleven", "noon"]])


@pytest.mark.django_db
def test_generate_slots_numbers_event_slots_in_time_order():
    event = make_event()
    afternoon = make_session(event, name="PM", start_time=time(14, 0), end_time=time(15, 0))
    morning = make_session(event, name="AM", start_time=time(9, 0), end_time=time(10, 0))
    slots = list(Slot.objects.filter(session__event=event).order_by("index"))
    assert [s.session_id for s in slots] == [morning.pk] * 3 + [afternoon.pk] * 3
    assert [s.index for s in slots] == list(range(6))


@pytest.mark.django_db
def test_generate_slots_replaces_previous_slots():
    event = make_event()
    session = make_session(event)
    session.slot_minutes = 30
    session.save()
    from clustermeet.events.domain.slots import generate_slots

    assert len(generate_slots(session)) == 2
    assert session.slots.count() == 2
