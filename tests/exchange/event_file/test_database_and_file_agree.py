"""The event file and the database give the scheduler the same input for the same event."""

from datetime import date, datetime, time

import pytest

from clustermeet.demo.load import fixture_data, load_demo
from clustermeet.events.models import Slot
from clustermeet.exchange.event_export import export_event
from clustermeet.exchange.event_file.scheduling import event_file_instance
from clustermeet.meetings.domain.placement import place_meeting
from clustermeet.meetings.domain.scheduling import build_event_input
from tests.factories import (
    TORONTO,
    make_event,
    make_organisation,
    make_participant,
    make_request,
    make_schedule,
    make_session,
    make_table,
)


def meaning(instance, emails, starts, table_names):
    """The instance by natural keys: what it says, whatever order its indices come in."""
    org_members = {}
    for email, p in zip(emails, instance.participants, strict=True):
        org_members.setdefault(p.organisation, set()).add(email)
    org = {o: frozenset(members) for o, members in org_members.items()}
    people = {
        email: (
            org[p.organisation],
            instance.seats[p.organisation],
            p.remote,
            p.min_meetings,
            p.max_meetings,
            frozenset(starts[s] for s in p.unavailable),
        )
        for email, p in zip(emails, instance.participants, strict=True)
    }
    pair = [frozenset({emails[r.first], emails[r.second]}) for r in instance.requests]
    return {
        "people": people,
        "seats": sorted(instance.seats),
        "requests": {pair[i]: (r.weight, r.slots) for i, r in enumerate(instance.requests)},
        "slots": list(zip(starts, instance.slot_days, strict=True)),
        "tables": {
            t.name: (t.virtual, org.get(t.host) if t.host is not None else None)
            for t in instance.tables
        },
        "table_order": table_names,
        "locks": {
            (
                pair[lock.request],
                starts[lock.slot],
                table_names[lock.table] if lock.table is not None else None,
            )
            for lock in instance.locks
        },
    }


def from_database(event):
    data = build_event_input(event)
    return meaning(
        data.instance,
        [p.user.email for p in data.participants],
        [s.start for s in data.slots],
        [t.name for t in data.tables],
    )


def from_file(payload):
    instance, names = event_file_instance(payload)
    starts = [datetime.fromisoformat(s) for s in names.slots]
    return meaning(instance, list(names.participants), starts, list(names.tables))


@pytest.mark.django_db
def test_demo_file_gives_the_same_instance_as_the_demo_in_the_database():
    event, _ = load_demo()
    db, file = from_database(event), from_file(fixture_data())
    assert len(file["people"]) == 102 and len(file["requests"]) == 215
    assert len(file["slots"]) == 35 and {day for _, day in file["slots"]} == {0, 1, 2}
    for key in ("people", "seats", "requests", "slots", "tables", "table_order", "locks"):
        assert file[key] == db[key], key


@pytest.mark.django_db
def test_exported_event_with_locks_days_and_declines_reads_back_the_same():
    event = make_event()
    make_session(event, breaks=[["09:20", "09:40"]], end_time=time(10, 20))
    make_session(
        event, name="Day 2", date=date(2019, 6, 6), start_time=time(14, 0), end_time=time(15, 0)
    )
    host = make_organisation(event)
    make_table(event, "T01", host=host)
    make_table(event, "T02")
    make_table(event, "V01", kind="virtual", link="https://meet.example.org/v01")
    acme = make_organisation(event)
    ann = make_participant(event, organisation=acme, min_meetings=1, max_meetings=3)
    bob = make_participant(event, organisation=acme)
    cat = make_participant(event, organisation=host)
    dan = make_participant(event, attendance="remote")
    slots = list(Slot.objects.filter(session__event=event).order_by("index"))
    cat.unavailable_slots.set(slots[:2], through_defaults={"event": event})
    first = make_request(ann, cat, created_at=datetime(2019, 5, 1, tzinfo=TORONTO))
    make_request(cat, ann, priority=3, created_at=datetime(2019, 5, 2, tzinfo=TORONTO))
    make_request(bob, dan, priority=2)
    make_request(dan, cat, status="declined")
    make_request(ann, dan, status="pending")
    old = make_schedule(event, version=1)
    place_meeting(old, [bob, dan], slots[0], event.tables.get(name="V01"), None, locked=True)
    latest = make_schedule(event, version=2)
    place_meeting(latest, [ann, cat], slots[3], event.tables.get(name="T01"), first, locked=True)

    db, file = from_database(event), from_file(export_event(event))
    assert file == db
    pair = frozenset({ann.user.email, cat.user.email})
    assert file["requests"][pair] == (2 + 6, None)  # mutual: one wish, both sides' weights
    assert file["locks"] == {(pair, slots[3].start, "T01")}  # only the latest version's
    assert [day for _, day in file["slots"]] == [0, 0, 0, 1, 1, 1]
