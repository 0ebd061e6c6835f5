"""Every list endpoint reads a fixed number of queries, whatever the number of rows."""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from clustermeet.api.domain.tokens import create_api_token
from clustermeet.events.domain.organisers import make_organiser
from clustermeet.events.models import Delegation
from clustermeet.matchmaking.domain.marks import set_mark
from clustermeet.meetings.domain.attendance import record_outcome
from clustermeet.meetings.domain.publishing import publish_schedule
from clustermeet.meetings.domain.scheduling import schedule_event
from tests.factories import (
    make_event,
    make_item,
    make_participant,
    make_request,
    make_session,
    make_table,
    make_user,
)

LISTS = [
    "sessions",
    "slots",
    "tables",
    "delegations",
    "organisations",
    "participants",
    "items",
    "requests",
    "marks",
    "schedules",
    "meetings",
    "outcomes",
]


def _event_of_size(n: int):
    """n of everything: sessions, tables, delegations, pairs who meet, marks, outcomes."""
    event = make_event()
    organiser = make_user()
    make_organiser(event, organiser)
    for i in range(n):
        make_session(
            event,
            name=f"S{i}",
            date=event.start_date + timedelta(days=i),
            start_time=time(9, 0),
            end_time=time(9, 20),
        )
        make_table(event, f"T{i}")
        delegation = Delegation.objects.create(event=event, name=f"D{i}")
        a = make_participant(event, delegation=delegation)
        b = make_participant(event)
        make_item(a)
        make_request(a, b)
        set_mark(a, b, "meet", acting_user=None)
    for _ in range(n):  # n versions; the last is published
        schedule = schedule_event(event, acting_user=None, time_limit=5)
    publish_schedule(schedule, acting_user=None)
    for meeting in schedule.meetings.all():
        person = meeting.seats.first().participant
        record_outcome(meeting, person, "informative", acting_user=None)
    _, secret = create_api_token(event, organiser, acting_user=None)
    return event, secret


def _queries(event, secret, name) -> tuple[int, int]:
    client = Client(HTTP_AUTHORIZATION=f"Bearer {secret}")
    client.get(f"/api/v1/events/{event.slug}/{name}/")  # warm: content types, settings
    with CaptureQueriesContext(connection) as captured:
        answer = client.get(f"/api/v1/events/{event.slug}/{name}/")
    assert answer.status_code == 200, answer.content
    return len(captured), answer.json()["count"]


@pytest.mark.django_db
def test_list_queries_do_not_grow_with_rows():
    small, large = _event_of_size(1), _event_of_size(3)
    for name in LISTS:
        one, rows_small = _queries(*small, name)
        three, rows_large = _queries(*large, name)
        assert rows_large > rows_small >= 1, name
        assert (name, three) == (name, one)
