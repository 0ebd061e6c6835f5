"""The event file: export, then import, loses nothing; a bad record imports nothing."""

import copy
import json
from datetime import datetime, time

import pytest

from clustermeet.events.models import Event, Slot
from clustermeet.exchange.event_export import export_event
from clustermeet.exchange.event_import import import_event
from clustermeet.exchange.problems import ImportRejected
from clustermeet.meetings.domain.placement import mark_cancelled, place_meeting
from clustermeet.meetings.models import Meeting, Outcome, Request, Seat
from clustermeet.profiles.models import Item, Participant
from tests.factories import (
    TORONTO,
    make_event,
    make_item,
    make_organisation,
    make_participant,
    make_request,
    make_schedule,
    make_session,
    make_table,
    make_user,
)


@pytest.fixture
def rich_event(db):
    event = make_event(
        slug="replay",
        meeting_policy="across_delegations",
        request_quota=20,
        languages=["en", "fr"],
        description="Three days in Toronto",
    )
    event.organisers.add(make_user("org@eccp.example", is_staff=True))
    eu = event.delegations.create(name="EU delegation", description="27 clusters")
    ca = event.delegations.create(name="Canada")
    make_session(event, name="Day 1", breaks=[["09:20", "09:40"]], end_time=time(10, 20))
    make_session(
        event,
        name="Day 2",
        date=event.end_date,
        start_time=time(14, 0),
        end_time=time(15, 0),
        slot_minutes=30,
    )
    ocean = make_organisation(
        event,
        slug="ocean",
        name="Ocean Supercluster",
        country="CA",
        ecosystems=["Agri-food"],
        nace_codes=["03.11"],
        member_count=300,
    )
    vita = make_organisation(
        event,
        slug="vitagora",
        name="Vitagora",
        country="FR",
        key_technologies=["Life-science technologies"],
        founded_year=2005,
    )
    make_table(event, "T01", host=ocean)
    make_table(event, "Room 1", kind="virtual", link="https://meet.example/r1")
    a = make_participant(
        event,
        vita,
        eu,
        user=make_user("anna@vitagora.example"),
        languages=["fr", "en"],
        max_meetings=10,
        phone="+33",
    )
    b = make_participant(
        event,
        ocean,
        ca,
        user=make_user("ben@ocean.example"),
        attendance="remote",
        target_countries=["FR", "DE"],
        min_meetings=2,
    )
    c = make_participant(event, ocean, ca, user=make_user("cleo@ocean.example"), job_title="CEO")
    slots = list(Slot.objects.filter(session__event=event).order_by("index"))
    a.unavailable_slots.set(slots[:2], through_defaults={"event": event})
    make_item(a, "TR", title="Pea protein", keywords=["pea", "extrusion"], language="fr")
    make_item(b, "TO", title="Machine vision", description="Cameras for catch sorting")
    ab = make_request(
        a,
        b,
        priority=3,
        message="Let's talk",
        responded_at=datetime(2019, 5, 21, 9, tzinfo=TORONTO),
    )
    make_request(b, a)
    make_request(c, a, status="declined")
    schedule = make_schedule(
        event, state="published", solver_status="OPTIMAL", statistics={"meetings": 2}
    )
    tables = {t.name: t for t in event.tables.all()}
    held = place_meeting(schedule, [a, b], slots[2], tables["Room 1"], request=ab, locked=True)
    held.status = "held"
    held.save()
    Outcome.objects.create(
        meeting=held,
        participant=a,
        kind="agreement",
        comment="MoU",
        reported_at=datetime(2019, 6, 8, tzinfo=TORONTO),
    )
    mark_cancelled(place_meeting(schedule, [a, c], slots[3], tables["T01"]))
    make_schedule(event, version=2)
    return event


def counts():
    return [
        m.objects.count() for m in (Event, Participant, Item, Request, Meeting, Seat, Outcome, Slot)
    ]


def test_export_then_import_reproduces_every_row(rich_event):
    exported = export_event(rich_event)
    before = counts()
    imported = import_event(json.loads(json.dumps(exported)), acting_user=None, replace=True)
    assert counts() == before
    assert export_event(imported) == exported


def test_export_keeps_cancelled_meeting_participants(rich_event):
    meetings = export_event(rich_event)["schedules"][0]["meetings"]
    assert [(m["status"], len(m["participants"])) for m in meetings] == [
        ("held", 2),
        ("cancelled", 2),
    ]


def test_import_existing_slug_without_replace_is_refused(rich_event):
    with pytest.raises(ImportRejected, match="exists already; import with --replace"):
        import_event(export_event(rich_event), acting_user=None)


def test_bad_record_imports_nothing_and_names_its_path(rich_event):
    data = copy.deepcopy(export_event(rich_event))
    data["participants"][1]["organisation"] = "atlantis"
    lost = data["participants"][1]["email"]
    n = next(
        i for i, r in enumerate(data["requests"]) if lost not in (r["requester"], r["requested"])
    )
    data["requests"][n]["priority"] = 9
    before = counts()
    with pytest.raises(ImportRejected) as caught:
        import_event(data, acting_user=None, replace=True)
    assert counts() == before
    assert Event.objects.get(slug="replay").pk == rich_event.pk  # the original survives
    wheres = [(p.where, p.field) for p in caught.value.problems]
    assert ("participants[1]", "organisation") in wheres
    assert (f"requests[{n}]", "priority") in wheres


def test_city_names_travel_and_a_bad_one_is_named(rich_event):
    data = copy.deepcopy(export_event(rich_event))
    data["event"]["city_names"] = {"bg": "Торонто", "fr": "Toronto"}
    import_event(data, acting_user=None, replace=True)
    event = Event.objects.get(slug="replay")
    assert event.city_names == {"bg": "Торонто", "fr": "Toronto"}
    assert export_event(event)["event"]["city_names"] == {"bg": "Торонто", "fr": "Toronto"}
    data["event"]["city_names"] = {"xx": "Nowhere", "bg": ""}
    with pytest.raises(ImportRejected) as caught:
        import_event(data, acting_user=None, replace=True)
    fields = {p.field for p in caught.value.problems}
    assert {"city_names.'xx'", "city_names.bg"} <= fields, fields


def test_file_of_another_format_is_refused():
    with pytest.raises(ImportRejected, match="not a clustermeet event file"):
        import_event({"format": "b2match"}, acting_user=None)


def test_sessions_without_slots_get_generated_slots(rich_event):
    data = export_event(rich_event)
    for session in data["sessions"]:
        del session["slots"]
    data["event"]["slug"] = "copy"
    for schedule in data["schedules"]:
        schedule["meetings"] = []
    for person in data["participants"]:
        person["unavailable_slots"] = []
    event = import_event(data, acting_user=None)
    assert (
        Slot.objects.filter(session__event=event).count()
        == Slot.objects.filter(session__event=rich_event).count()
    )


def test_double_booking_in_file_is_refused(rich_event):
    data = copy.deepcopy(export_event(rich_event))
    meetings = data["schedules"][0]["meetings"]
    meetings[1]["status"] = "scheduled"
    meetings[1]["slot"] = meetings[0]["slot"]  # a meets twice in one slot
    with pytest.raises(ImportRejected) as caught:
        import_event(data, acting_user=None, replace=True)
    first = caught.value.problems[0]
    assert (first.where, first.field) == ("schedules[0].meetings[1]", "participants")
