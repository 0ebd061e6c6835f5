"""Set-up verbs: slots follow a session's settings; nothing holding meetings goes silently."""

from __future__ import annotations

from datetime import date, time

import pytest
from django.core.exceptions import ValidationError

from clustermeet.audit.models import AuditEntry
from clustermeet.events.domain.setup import remove_table, save_session, save_table, set_policies
from clustermeet.meetings.domain.placement import place_meeting
from tests.factories import make_event, make_participant, make_request, make_schedule


@pytest.fixture
def event(db):
    return make_event()


def _session(event, **changes):
    values = {
        "name": "Day 1 B2B",
        "date": date(2019, 6, 5),
        "start_time": time(9, 0),
        "end_time": time(10, 0),
        "slot_minutes": 20,
        "gap_minutes": 0,
        "breaks": [],
    }
    values.update(changes)
    return values


def test_save_session_makes_slots_around_breaks(event):
    session = save_session(
        event,
        acting_user=None,
        **_session(event, end_time=time(11, 0), breaks=[["10:00", "10:20"]]),
    )
    starts = [s.start.astimezone(event.tz).strftime("%H:%M") for s in session.slots.all()]
    assert starts == ["09:00", "09:20", "09:40", "10:20", "10:40"]
    assert AuditEntry.objects.filter(verb="save_session").count() == 1


def test_shortening_a_session_whose_last_slot_holds_a_meeting_is_refused(event):
    session = save_session(event, acting_user=None, **_session(event))
    table = save_table(event, acting_user=None, name="T01", kind="onsite", link="", capacity=4)
    a, b = make_participant(event), make_participant(event)
    last = session.slots.order_by("start").last()
    place_meeting(make_schedule(event), [a, b], last, table, request=make_request(a, b))
    with pytest.raises(ValidationError, match=r"holds 1 meeting\(s\): .*Move or cancel them first"):
        save_session(event, session, acting_user=None, end_time=time(9, 40))
    assert session.slots.count() == 3


def test_virtual_room_without_link_is_refused(event):
    with pytest.raises(ValidationError, match="needs its video-call link"):
        save_table(event, acting_user=None, name="V1", kind="virtual", link="", capacity=2)


def test_removing_a_table_with_a_meeting_is_refused(event):
    session = save_session(event, acting_user=None, **_session(event))
    table = save_table(event, acting_user=None, name="T01", kind="onsite", link="", capacity=4)
    a, b = make_participant(event), make_participant(event)
    place_meeting(make_schedule(event), [a, b], session.slots.first(), table)
    with pytest.raises(ValidationError, match="The table 'T01' holds 1 meeting"):
        remove_table(table, acting_user=None)


def test_set_policies_rejects_an_unknown_policy(event):
    with pytest.raises(ValidationError, match="meeting_policy"):
        set_policies(event, acting_user=None, meeting_policy="nobody")
