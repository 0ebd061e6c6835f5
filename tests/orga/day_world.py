"""An event a month ahead, published, for the day's pages: six slots, `tables` tables, three
people (A–B and A–C agreed), and an organiser signed in to a test client."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from django.test import Client

from clustermeet.accounts.models import User
from clustermeet.events.domain.organisers import make_organiser
from clustermeet.events.models import Event
from clustermeet.meetings.domain.publishing import publish_schedule
from clustermeet.meetings.domain.scheduling import schedule_event
from clustermeet.meetings.models import Schedule
from clustermeet.profiles.models import Participant
from tests.event_world import future_event, named
from tests.factories import make_request, make_session, make_table, make_user


@dataclass
class Day:
    event: Event
    organiser: User
    people: list[Participant]
    client: Client
    published: Schedule | None


def build_day(tables: int = 2, publish: bool = True) -> Day:
    event = future_event()
    make_session(event, start_time=time(9, 0), end_time=time(11, 0))
    for n in range(tables):
        make_table(event, f"T{n + 1:02}")
    people = [named(event, first) for first in ("Anna", "Ben", "Carla")]
    make_request(people[0], people[1])
    make_request(people[0], people[2])
    organiser = make_user(first_name="Olga", last_name="Org")
    make_organiser(event, organiser)
    published = None
    if publish:
        published = publish_schedule(schedule_event(event, time_limit=5), acting_user=None)
    client = Client()
    client.force_login(organiser)
    return Day(event, organiser, people, client, published)
