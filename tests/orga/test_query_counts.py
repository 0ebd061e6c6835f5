"""Every console list page reads the database a fixed number of times, for 1 or 3 rows."""

from __future__ import annotations

from datetime import time

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from clustermeet.events.domain.organisers import make_organiser
from clustermeet.meetings.domain.publishing import publish_schedule
from clustermeet.meetings.domain.scheduling import schedule_event
from tests.factories import (
    make_event,
    make_participant,
    make_request,
    make_session,
    make_table,
    make_user,
)

PAGES = [
    ("dashboard", {}),
    ("setup", {}),
    ("participants", {}),
    ("requests", {}),
    ("schedules", {}),
    ("schedule", {"version": 1}),
    ("plan", {}),
    ("check-in", {}),
    ("attendance", {}),
]


def _world(pairs: int):
    event = make_event()
    make_session(event, start_time=time(9, 0), end_time=time(10, 0))
    for n in range(pairs + 1):  # the set-up page lists the tables
        make_table(event, f"T{n:02}")
    for _ in range(pairs):
        make_request(make_participant(event), make_participant(event))
    organiser = make_user()
    make_organiser(event, organiser)
    schedule = schedule_event(event, time_limit=5)
    publish_schedule(schedule, acting_user=None)
    client = Client()
    client.force_login(organiser)
    return event, client


def _queries(pairs: int, name: str, kwargs: dict) -> int:
    event, client = _world(pairs)
    url = reverse(f"orga:{name}", kwargs={"slug": event.slug, **kwargs})
    client.get(url)  # warm the session and the content-type caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "kwargs"), PAGES, ids=[p[0] for p in PAGES])
def test_console_page_query_count_same_for_one_and_three_rows(name, kwargs):
    assert _queries(1, name, kwargs) == _queries(3, name, kwargs)
