"""An event created and given its days and tables over real HTTP: who may, the verbs'
checks as 400s, the audit entries, and the new event's own organiser token."""

from __future__ import annotations

from clustermeet.audit.models import AuditEntry
from clustermeet.events.models import Event, Session, Slot, Table

NEW = {
    "slug": "water-2027",
    "name": "Water Innovation 2027",
    "city": "Lyon",
    "country": "FR",
    "time_zone": "Europe/Paris",
    "languages": ["en", "fr"],
    "start_date": "2027-03-10",
    "end_date": "2027-03-11",
}


def test_organiser_token_creates_an_event_and_organises_it(world, http):
    answer = http.post("/api/v1/events/", NEW, token=world.tokens["organiser"])
    assert answer.status == 201, answer.body
    event = Event.objects.get(slug="water-2027")
    assert (answer.body["name"], answer.body["time_zone"]) == (NEW["name"], "Europe/Paris")
    assert list(event.organisers.all()) == [world.organiser]
    entry = AuditEntry.objects.get(verb="create_event")
    assert (entry.actor_id, entry.event_id) == (world.organiser.pk, event.pk)
    # The old token works at its own event only; the new one at the new event.
    new_token = answer.body["token"]
    assert http.get("/api/v1/events/water-2027/schedules/", token=new_token).status == 200
    refused = http.get("/api/v1/events/water-2027/schedules/", token=world.tokens["organiser"])
    assert refused.status == 403


def test_participant_token_may_not_create_events(world, http):
    answer = http.post("/api/v1/events/", NEW, token=world.tokens["a"])
    assert answer.status == 403
    assert "organiser" in answer.body["detail"]
    assert not Event.objects.filter(slug="water-2027").exists()


def test_anonymous_may_not_create_events(world, http):
    assert http.post("/api/v1/events/", NEW).status == 401
    assert not Event.objects.filter(slug="water-2027").exists()


def test_bad_event_fields_are_a_400_naming_them(world, http):
    bad = {**NEW, "time_zone": "Mars/Olympus", "end_date": "2027-03-01"}
    answer = http.post("/api/v1/events/", bad, token=world.tokens["organiser"])
    assert answer.status == 400
    assert "Mars/Olympus" in answer.body["detail"]
    taken = http.post(
        "/api/v1/events/", {**NEW, "slug": world.event.slug}, token=world.tokens["organiser"]
    )
    assert taken.status == 400
    assert "slug" in taken.body["detail"].lower()
    assert not Event.objects.filter(name=NEW["name"]).exists()


def test_organiser_adds_a_session_whose_slots_follow(world, http):
    body = {
        "name": "Day 1",
        "date": world.event.start_date.isoformat(),
        "start_time": "14:00",
        "end_time": "15:00",
        "slot_minutes": 20,
    }
    answer = http.post(world.path("sessions/"), body, token=world.tokens["organiser"])
    assert answer.status == 201, answer.body
    session = Session.objects.get(pk=answer.body["id"])
    assert Slot.objects.filter(session=session).count() == 3
    assert AuditEntry.objects.filter(verb="save_session", actor=world.organiser).exists()


def test_a_session_ending_before_it_starts_is_a_400(world, http):
    body = {"name": "Odd", "date": "2019-06-05", "start_time": "15:00", "end_time": "14:00"}
    answer = http.post(world.path("sessions/"), body, token=world.tokens["organiser"])
    assert answer.status == 400
    assert not Session.objects.filter(name="Odd").exists()


def test_organiser_adds_tables_and_a_virtual_room_needs_its_link(world, http):
    table = http.post(world.path("tables/"), {"name": "T09"}, token=world.tokens["organiser"])
    assert table.status == 201, table.body
    assert Table.objects.filter(event=world.event, name="T09").exists()
    room = http.post(
        world.path("tables/"), {"name": "Room", "kind": "virtual"}, token=world.tokens["organiser"]
    )
    assert (room.status, room.body["detail"]) == (400, "A virtual room needs its video-call link.")


def test_participant_and_other_events_organiser_may_not_add_sessions_or_tables(world, http):
    body = {"name": "Day X", "date": "2019-06-05", "start_time": "14:00", "end_time": "15:00"}
    for who in ("a", "other_organiser"):
        assert http.post(world.path("sessions/"), body, token=world.tokens[who]).status == 403
        assert (
            http.post(world.path("tables/"), {"name": "TX"}, token=world.tokens[who]).status == 403
        )
    assert not Session.objects.filter(name="Day X").exists()
    assert not Table.objects.filter(name="TX").exists()
