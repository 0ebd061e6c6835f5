"""A person's availability (read, and replaced through `set_availability`), recommendations
(read) and the report's figures (organisers), over real HTTP; their query counts."""

from __future__ import annotations

from datetime import time

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from clustermeet.api.domain.tokens import create_api_token
from clustermeet.audit.models import AuditEntry
from clustermeet.events.models import Slot
from clustermeet.matchmaking.models import Recommendation
from clustermeet.profiles.models import Unavailability
from tests.factories import make_event, make_participant, make_session


def _recommend(person, candidate, rank: int) -> Recommendation:
    return Recommendation.objects.create(
        participant=person,
        candidate=candidate,
        rank=rank,
        score=0.9 - rank / 10,
        forward=0.5,
        backward=0.5,
        explanation=f"Both work on sensors ({rank}).",
        encoder="tfidf",
        computed_at=timezone.now(),
    )


def test_availability_set_and_read_by_the_person(world, http):
    slots = list(Slot.objects.filter(event=world.event).order_by("start"))
    path = world.path(f"participants/{world.a.pk}/availability/")
    answer = http.post(path, {"unavailable_slots": [slots[1].pk]}, token=world.tokens["a"])
    assert answer.status == 200, answer.body
    assert answer.body == {
        "participant": world.a.pk,
        "unavailable_slots": [slots[1].pk],
        "warnings": [],
    }
    assert list(
        Unavailability.objects.filter(participant=world.a).values_list("slot", flat=True)
    ) == [slots[1].pk]
    assert http.get(path, token=world.tokens["a"]).body["unavailable_slots"] == [slots[1].pk]
    entry = AuditEntry.objects.get(verb="set_availability")
    assert (entry.actor_id, entry.after) == (world.a.user_id, {"unavailable_slots": [slots[1].pk]})


def test_availability_every_slot_warns(world, http):
    every = list(Slot.objects.filter(event=world.event).values_list("pk", flat=True))
    answer = http.post(
        world.path(f"participants/{world.a.pk}/availability/"),
        {"unavailable_slots": every},
        token=world.tokens["organiser"],
    )
    assert answer.status == 200
    assert answer.body["warnings"] == [
        "You are now unavailable in every slot of the event: no meeting can be booked "
        "or scheduled for you."
    ]


def test_availability_of_someone_else_is_403(world, http):
    path = world.path(f"participants/{world.b.pk}/availability/")
    answer = http.post(path, {"unavailable_slots": []}, token=world.tokens["a"])
    assert answer.status == 403
    assert answer.body["detail"] == (
        f"Only the person themselves or an organiser of '{world.event.name}' may do this."
    )
    assert http.get(path, token=world.tokens["a"]).status == 403


def test_availability_slot_of_another_event_is_400(world, http):
    make_session(world.other)
    foreign = Slot.objects.filter(event=world.other).first()
    answer = http.post(
        world.path(f"participants/{world.a.pk}/availability/"),
        {"unavailable_slots": [foreign.pk]},
        token=world.tokens["a"],
    )
    assert answer.status == 400
    assert answer.body["detail"] == (
        f"unavailable_slots: no slots [{foreign.pk}] at '{world.event.slug}'"
    )
    assert not AuditEntry.objects.filter(verb="set_availability").exists()


def test_recommendations_best_first_for_the_person_only(world, http):
    _recommend(world.a, world.c, 2)
    _recommend(world.a, world.b, 1)
    path = world.path(f"participants/{world.a.pk}/recommendations/")
    answer = http.get(path, token=world.tokens["a"])
    assert answer.status == 200
    assert [(r["candidate"], r["rank"]) for r in answer.body] == [(world.b.pk, 1), (world.c.pk, 2)]
    assert answer.body[0]["name"] == world.b.user.display_name
    assert answer.body[0]["explanation"] == "Both work on sensors (1)."
    assert http.get(path, token=world.tokens["b"]).status == 403
    assert http.get(path, token=world.tokens["organiser"]).status == 200


def test_report_figures_for_organisers(world, http):
    answer = http.get(world.path("report/"), token=world.tokens["organiser"])
    assert answer.status == 200, answer.body
    body = answer.body
    assert body["headcount"]["participants"] == 3
    assert body["requests"]["total"] == 2
    assert (body["requests"]["accepted"], body["requests"]["unanswered"]) == (1, 1)
    assert body["meetings"]["placed"] == 0
    assert body["language"] == "en"
    assert world.event.name in body["headline"]
    french = http.get(world.path("report/?language=fr"), token=world.tokens["organiser"])
    assert french.body["headline"] != body["headline"]


def test_report_figures_refused_to_participants_and_bad_language(world, http):
    answer = http.get(world.path("report/"), token=world.tokens["a"])
    assert answer.status == 403
    bad = http.get(world.path("report/?language=de"), token=world.tokens["organiser"])
    assert bad.status == 400
    assert bad.body["detail"] == 'language: "de" is not a valid choice.'


def _people(n: int):
    event = make_event()
    make_session(event, start_time=time(9, 0), end_time=time(10, 0))
    person = make_participant(event)
    for rank in range(1, n + 1):
        _recommend(person, make_participant(event), rank)
    slots = list(Slot.objects.filter(event=event))[:n]
    Unavailability.objects.bulk_create(
        [Unavailability(event=event, participant=person, slot=s) for s in slots]
    )
    _, secret = create_api_token(event, person.user, acting_user=None)
    return event, person, secret


@pytest.mark.django_db
@pytest.mark.parametrize("what", ["recommendations", "availability"])
def test_person_lists_read_a_fixed_number_of_queries(what):
    counts = []
    for n in (1, 3):
        event, person, secret = _people(n)
        client = Client(HTTP_AUTHORIZATION=f"Bearer {secret}")
        url = f"/api/v1/events/{event.slug}/participants/{person.pk}/{what}/"
        client.get(url)  # warm
        with CaptureQueriesContext(connection) as captured:
            answer = client.get(url)
        assert answer.status_code == 200
        rows = answer.json() if what == "recommendations" else answer.json()["unavailable_slots"]
        assert len(rows) == n
        counts.append(len(captured))
    assert counts[0] == counts[1]
