"""A published agenda for the agenda tests: one participant (Anna, living in Sofia) with
`n` meetings, each with another person of another organisation, on two days at the venue
(Toronto), at an on-site table or in a virtual room."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time, timedelta

from django.test import Client

from clustermeet.accounts.models import User
from clustermeet.events.domain.organisers import make_organiser
from clustermeet.events.models import Event, Slot, Table
from clustermeet.meetings.domain.placement import place_meeting
from clustermeet.meetings.domain.publishing import publish_schedule
from clustermeet.meetings.models import Meeting, Schedule
from clustermeet.profiles.models import Participant
from tests.factories import (
    make_event,
    make_participant,
    make_request,
    make_schedule,
    make_session,
    make_table,
    make_user,
)

PASSWORD = "agenda-test-2019"


@dataclass
class AgendaWorld:
    event: Event
    me: Participant
    partners: list[Participant]
    organiser: User
    slots: list[Slot]  # day 1 first, then day 2
    tables: list[Table]  # T01 on site, then the virtual room "Room A"
    schedule: Schedule
    meetings: list[Meeting]

    def client(self, user: User | None = None) -> Client:
        client = Client()
        client.force_login(user or self.me.user)
        return client


def build_agenda(
    n: int = 2, *, days: int = 2, publish: bool = True, **event_fields: object
) -> AgendaWorld:
    """`n` meetings for Anna, spread over `days` days (first slots of each day in turn)."""
    event = make_event(**event_fields)
    day1 = make_session(event, start_time=time(9, 0), end_time=time(11, 0))
    sessions = [day1]
    if days > 1:
        second = event.start_date + timedelta(days=1)
        sessions.append(
            make_session(
                event, name="Day 2 B2B", date=second, start_time=time(14), end_time=time(16)
            )
        )
    by_day = [list(s.slots.order_by("start")) for s in sessions]
    tables = [
        make_table(event, "T01"),
        make_table(event, "Room A", kind="virtual", link="https://meet.example.org/room-a"),
    ]
    user = make_user(password=PASSWORD, first_name="Anna", last_name="Agenda")
    me = make_participant(event, user=user, job_title="Cluster manager", time_zone="Europe/Sofia")
    partners = [
        make_participant(
            event,
            user=make_user(first_name=f"Partner{i}", last_name="Person"),
            job_title="CEO",
            phone=f"+1 416 555 010{i}",
            # every second partner takes part remotely: their meetings are in the virtual room
            attendance="remote" if i % 2 else "onsite",
        )
        for i in range(n)
    ]
    organiser = make_user(first_name="Olga", last_name="Organiser")
    make_organiser(event, organiser)
    schedule = make_schedule(event)
    meetings = []
    for i, partner in enumerate(partners):
        request = make_request(me, partner)
        day = by_day[i % len(by_day)]
        slot = day[i // len(by_day)]
        meetings.append(place_meeting(schedule, [me, partner], slot, tables[i % 2], request))
    if publish:
        publish_schedule(schedule, acting_user=organiser)
        schedule.refresh_from_db()
    slots = [s for day in by_day for s in day]
    return AgendaWorld(event, me, partners, organiser, slots, tables, schedule, meetings)
