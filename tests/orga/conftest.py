"""A small event with an organiser, six slots, two tables and accepted requests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

import pytest
from django.test import Client

from clustermeet.accounts.models import User
from clustermeet.events.domain.organisers import make_organiser
from clustermeet.events.models import Event
from clustermeet.profiles.models import Participant

# The browser tests' Chromium page, shared with tests/browser.
from tests.browser.test_event_flow import page  # noqa: F401
from tests.factories import (
    make_event,
    make_item,
    make_participant,
    make_request,
    make_session,
    make_table,
    make_user,
)


@dataclass
class Small:
    event: Event
    organiser: User
    people: list[Participant]
    client: Client


def build_small(n_people: int = 4) -> Small:
    event = make_event()
    make_session(event, start_time=time(9, 0), end_time=time(11, 0))
    make_table(event, "T01")
    make_table(event, "T02")
    people = [make_participant(event, job_title="Manager") for _ in range(n_people)]
    for p in people:
        make_item(p)
    for i, a in enumerate(people):
        for b in people[i + 1 :]:
            make_request(a, b)
    organiser = make_user(first_name="Olga", last_name="Org")
    make_organiser(event, organiser)
    client = Client()
    client.force_login(organiser)
    return Small(event, organiser, people, client)


@pytest.fixture
def small(db) -> Small:
    return build_small()
