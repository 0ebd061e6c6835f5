"""Plain factories: each makes one valid object with sensible defaults."""

from __future__ import annotations

import itertools
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from clustermeet.accounts.models import User
from clustermeet.events.domain.slots import generate_slots
from clustermeet.events.models import Delegation, Event, Session, Table
from clustermeet.meetings.models import Request, Schedule
from clustermeet.profiles.models import Item, Organisation, Participant

_seq = itertools.count(1)
TORONTO = ZoneInfo("America/Toronto")


def make_event(**fields: Any) -> Event:
    n = next(_seq)
    values: dict[str, Any] = {
        "slug": f"event-{n}",
        "name": f"Event {n}",
        "city": "Toronto",
        "time_zone": "America/Toronto",
        "languages": ["en"],
        "start_date": date(2019, 6, 5),
        "end_date": date(2019, 6, 7),
    }
    values.update(fields)
    return Event.objects.create(**values)


def make_session(event: Event, **fields: Any) -> Session:
    values: dict[str, Any] = {
        "name": "Day 1 B2B",
        "date": event.start_date,
        "start_time": time(9, 0),
        "end_time": time(10, 0),
        "slot_minutes": 20,
    }
    values.update(fields)
    session = Session.objects.create(event=event, **values)
    generate_slots(session)
    return session


def make_table(event: Event, name: str = "T01", **fields: Any) -> Table:
    return Table.objects.create(event=event, name=name, **fields)


def make_organisation(event: Event, **fields: Any) -> Organisation:
    n = next(_seq)
    values: dict[str, Any] = {
        "slug": f"org-{n}",
        "name": f"Organisation {n}",
        "country": "DE",
        "kind": "cluster",
    }
    values.update(fields)
    return Organisation.objects.create(event=event, **values)


def make_user(email: str | None = None, password: str | None = None, **fields: Any) -> User:
    n = next(_seq)
    email = email or f"person{n}@example.org"
    fields.setdefault("first_name", "Test")  # names are required wherever people are made
    fields.setdefault("last_name", f"Person{n}")
    return User.objects.create_user(email, password, **fields)


def make_participant(
    event: Event,
    organisation: Organisation | None = None,
    delegation: Delegation | None = None,
    **fields: Any,
) -> Participant:
    user = fields.pop("user", None) or make_user(first_name="Test", last_name=f"Person{next(_seq)}")
    return Participant.objects.create(
        event=event,
        user=user,
        organisation=organisation or make_organisation(event),
        delegation=delegation,
        **fields,
    )


def make_item(participant: Participant, kind: str = "TO", **fields: Any) -> Item:
    values: dict[str, Any] = {"title": f"Item {next(_seq)}", "description": "text"}
    values.update(fields)
    return Item.objects.create(participant=participant, kind=kind, **values)


def make_request(requester: Participant, requested: Participant, **fields: Any) -> Request:
    values: dict[str, Any] = {
        "status": "accepted",
        "created_at": datetime(2019, 5, 20, 10, tzinfo=TORONTO),
    }
    values.update(fields)
    return Request.objects.create(
        event=requester.event, requester=requester, requested=requested, **values
    )


def make_schedule(event: Event, version: int = 1, **fields: Any) -> Schedule:
    return Schedule.objects.create(
        event=event, version=version, created_at=datetime(2019, 6, 1, tzinfo=TORONTO), **fields
    )
