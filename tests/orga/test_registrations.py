"""The console's registrations list reads the database a fixed number of times."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from clustermeet.events.domain.organisers import make_organiser
from tests.factories import make_event, make_participant, make_user


def _queries(pending: int) -> tuple[int, int]:
    event = make_event(registration_open=True, registration_needs_approval=True)
    for _ in range(pending):
        make_participant(event, registration="pending")
    make_participant(event)  # approved: not on the default list
    organiser = make_user()
    make_organiser(event, organiser)
    client = Client()
    client.force_login(organiser)
    url = reverse("orga:registrations", kwargs={"slug": event.slug})
    client.get(url)  # warm the session and the content-type caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode().count("<tr data-person=")


@pytest.mark.django_db
def test_registrations_query_count_same_for_one_and_three_rows():
    (one, rows_one), (three, rows_three) = _queries(1), _queries(3)
    assert (rows_one, rows_three) == (1, 3)
    assert one == three
    print(f"\norga:registrations: {one} queries for 1 and for 3 pending registrations")
