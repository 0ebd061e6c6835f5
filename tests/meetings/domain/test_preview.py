"""Why each request stayed unplaced, derived from the engine's own input."""

from __future__ import annotations

from datetime import time

import pytest

from clustermeet.meetings.domain.preview import draft_preview
from clustermeet.meetings.domain.scheduling import schedule_event
from tests.factories import make_event, make_participant, make_request, make_session, make_table


@pytest.fixture
def event(db):
    event = make_event()
    make_session(event, start_time=time(9, 0), end_time=time(9, 40))  # two slots
    make_table(event, "T01")
    return event


def _reasons(event):
    preview = draft_preview(schedule_event(event, time_limit=5))
    return [u.reason for u in preview.unplaced]


def test_preview_unplaced_without_common_free_slot(event):
    a, b = make_participant(event), make_participant(event)
    a.unavailable_slots.set(event.slots.all(), through_defaults={"event": event})
    make_request(a, b)
    names = f"{a.user.display_name} and {b.user.display_name}"
    assert _reasons(event) == [
        f"No common free slot: {names} are never available at the same time."
    ]


def test_preview_unplaced_when_a_side_is_at_maximum(event):
    a = make_participant(event, max_meetings=1)
    b, c = make_participant(event), make_participant(event)
    make_request(a, b)
    make_request(a, c)
    assert _reasons(event) == [f"{a.user.display_name} is at their maximum of 1 meetings."]


def test_preview_unplaced_without_virtual_room(event):
    a, b = make_participant(event, attendance="remote"), make_participant(event)
    make_request(a, b)
    assert _reasons(event) == [
        "No table of the right kind: they need a virtual room (one of them takes part "
        "remotely) and the event has none."
    ]


def test_preview_unplaced_when_every_common_slot_is_taken(event):
    a, b, c, d = (make_participant(event) for _ in range(4))
    for x, y in ((a, b), (a, c), (a, d)):
        make_request(x, y)
    (reason,) = _reasons(event)
    assert reason == (
        f"Every one of the 2 slot(s) both are free in is taken: {a.user.display_name} meets "
        "someone else in 2 (higher-weight or fairer meetings won those slots)."
    )


def test_preview_lists_pending_requests_as_not_accepted(event):
    a, b = make_participant(event), make_participant(event)
    make_request(a, b, status="pending")
    assert _reasons(event) == [
        f"Not accepted yet: {b.user.display_name} has not answered the request."
    ]


def test_preview_histogram_counts_people_with_each_number_of_meetings(event):
    a, b, c = (make_participant(event) for _ in range(3))
    make_request(a, b)
    make_request(a, c)
    preview = draft_preview(schedule_event(event, time_limit=5))
    assert preview.histogram == [(1, 2), (2, 1)]
    assert preview.bound == preview.held_weight
