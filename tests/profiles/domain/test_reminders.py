"""Who is unbookable and why; reminders only to those missing something."""

from __future__ import annotations

from datetime import time

import pytest
from django.core.exceptions import PermissionDenied

from clustermeet.profiles.domain.reminders import bookability, send_reminder
from tests.factories import (
    make_event,
    make_item,
    make_participant,
    make_request,
    make_session,
    make_user,
)


@pytest.fixture
def event(db):
    event = make_event()
    make_session(event, start_time=time(9, 0), end_time=time(9, 40))
    return event


def test_bookability_names_each_missing_thing(event):
    away = make_participant(event, job_title="CEO")
    away.unavailable_slots.set(event.slots.all(), through_defaults={"event": event})
    make_item(away)
    ready = make_participant(event, job_title="CTO")
    make_item(ready)
    make_request(away, ready)
    blank = make_participant(event)
    found = {b.participant.pk: b.problems for b in bookability(event)}
    assert found == {
        away.pk: ("no availability",),
        ready.pk: (),
        blank.pk: ("empty profile", "no items", "no requests"),
    }


def test_send_reminder_by_a_participant_is_refused(event):
    blank = make_participant(event)
    with pytest.raises(PermissionDenied):
        send_reminder(blank, acting_user=make_user())
