"""A small, valid event file to spoil in tests, and the database's row counts."""

from __future__ import annotations

from typing import Any

D1_0900 = "2019-06-05T09:00:00-04:00"
D1_0920 = "2019-06-05T09:20:00-04:00"


def small_event_file(slug: str = "small") -> dict[str, Any]:
    """Three people of two organisations, one generated session, one meeting."""
    people = ("ann@x.example", "bob@x.example", "cat@x.example")
    return {
        "format": "clustermeet-event",
        "version": 1,
        "event": {
            "slug": slug,
            "name": "Small",
            "time_zone": "America/Toronto",
            "start_date": "2019-06-05",
            "end_date": "2019-06-05",
            "languages": ["en", "fr"],
            "organisers": ["org@x.example"],
        },
        "users": [
            {"email": email, "first_name": email[:3].title(), "last_name": "Small"}
            for email in ("org@x.example", *people)
        ],
        "organisations": [
            {"slug": "acme", "name": "Acme", "type": "company", "country": "CA"},
            {"slug": "beta", "name": "Beta", "type": "cluster", "country": "FR"},
        ],
        "sessions": [
            {
                "name": "Day 1",
                "date": "2019-06-05",
                "start_time": "09:00",
                "end_time": "10:00",
                "slot_minutes": 20,
            }
        ],
        "tables": [{"name": "T01", "kind": "onsite"}],
        "participants": [
            {"email": people[0], "organisation": "acme", "phone": "+1 416 555 0100"},
            {"email": people[1], "organisation": "beta", "unavailable_slots": [D1_0920]},
            {"email": people[2], "organisation": "beta", "max_meetings": 2},
        ],
        "requests": [
            {
                "requester": people[0],
                "requested": people[1],
                "status": "accepted",
                "priority": 2,
                "created_at": "2019-05-20T10:00:00+00:00",
            }
        ],
        "schedules": [
            {
                "version": 1,
                "created_at": "2019-06-01T10:00:00+00:00",
                "meetings": [
                    {
                        "participants": [people[0], people[1]],
                        "request": [people[0], people[1]],
                        "slot": D1_0900,
                        "table": "T01",
                        "locked": True,
                    }
                ],
            }
        ],
    }


def row_counts() -> dict[str, int]:
    """How many rows each table the imports write to holds."""
    from clustermeet.accounts.models import User
    from clustermeet.audit.models import AuditEntry
    from clustermeet.events.models import Delegation, Event, Session, Slot, Table
    from clustermeet.meetings.models import Meeting, Request, Schedule, Seat
    from clustermeet.profiles.models import Item, Organisation, Participant

    models = (User, AuditEntry, Event, Delegation, Session, Slot, Table, Organisation)
    models += (Participant, Item, Request, Schedule, Meeting, Seat)
    return {m.__name__: m.objects.count() for m in models}
