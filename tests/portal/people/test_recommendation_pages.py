"""Recommendation cards with their explanations, and the marks set from them."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from clustermeet.events.scoping import all_events
from clustermeet.matchmaking.models import Mark, Recommendation
from tests.portal.people.conftest import build_fair, client_for

pytestmark = pytest.mark.scoped


def recommend(fair, *people):  # type: ignore[no-untyped-def]
    for rank, person in enumerate(people, 1):
        Recommendation.objects.create(
            participant=fair.anna,
            candidate=person,
            rank=rank,
            score=0.8,
            forward=0.8,
            backward=0.8,
            explanation=f"Their offer answers your request (rank {rank}).",
            encoder="tfidf",
            computed_at=timezone.now(),
        )


def test_cards_show_explanations_and_marks_are_set_shown_and_removed(fair):
    with all_events():
        recommend(fair, fair.ben, fair.cleo)
    client = client_for(fair.anna.user)
    page = reverse("portal:recommendations", args=[fair.event.slug])
    text = client.get(page).content.decode()
    assert text.index("(rank 1).") < text.index("(rank 2).")
    assert "What does a mark does" not in text and "What does a mark do?" in text
    mark = reverse("portal:mark", args=[fair.event.slug, fair.ben.pk])
    response = client.post(mark, {"kind": "must_meet", "next": page})
    assert (response.status_code, response["Location"]) == (302, page)
    with all_events():
        assert list(Mark.objects.values_list("target", "kind")) == [(fair.ben.pk, "must_meet")]
    text = client.get(page).content.decode()
    assert 'value="must_meet" class="mark chosen" aria-pressed="true"' in text
    assert "Remove mark" in text
    client.post(mark, {})  # an empty form changes nothing
    with all_events():
        assert Mark.objects.count() == 1
    client.post(mark, {"kind": "none"})
    with all_events():
        assert Mark.objects.count() == 0
    assert client.post(mark, {"kind": "love"}).status_code == 302
    with all_events():
        assert Mark.objects.count() == 0
    # another event's person cannot be marked; a stranger cannot mark here
    stranger = reverse("portal:mark", args=[fair.event.slug, fair.stranger.pk])
    assert client.post(stranger, {"kind": "meet"}).status_code == 404
    assert client_for(fair.stranger.user).post(mark, {"kind": "meet"}).status_code == 404
    # an outside address is never where the form sends you back to
    response = client.post(mark, {"kind": "meet", "next": "https://evil.example/"})
    assert response["Location"].startswith(page)


def test_recommendations_are_404_for_another_event(fair):
    page = reverse("portal:recommendations", args=[fair.event.slug])
    assert client_for(fair.stranger.user).get(page).status_code == 404


@pytest.mark.parametrize("size", [1, 3])
def test_recommendations_read_a_fixed_number_of_queries(db, size):
    with all_events():
        fair = build_fair()
        from tests.event_world import named

        people = [named(fair.event, f"Rec{n}") for n in range(size)]
        recommend(fair, *people)
        Mark.objects.create(participant=fair.anna, target=people[0], kind="meet")
    client = client_for(fair.anna.user)
    page = reverse("portal:recommendations", args=[fair.event.slug])
    client.get(page)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page)
    assert response.content.decode().count('class="card recommendation"') == size
    # scope, session, user, participation, recommendations, marks, requests, partners,
    # navigation (no quota at this event: nothing to count)
    assert len(queries) == 9


def test_mark_answers_in_place_for_htmx(fair):
    client = client_for(fair.anna.user)
    mark = reverse("portal:mark", args=[fair.event.slug, fair.ben.pk])
    response = client.post(mark, {"kind": "no_thanks"}, HTTP_HX_REQUEST="true")
    text = response.content.decode()
    assert response.status_code == 200 and "<html" not in text
    assert 'value="no_thanks" class="mark chosen" aria-pressed="true"' in text
    assert "Marked Ben Test: No thanks." in text
    refused = client.post(mark, {"kind": "love"}, HTTP_HX_REQUEST="true").content.decode()
    assert "Choose “Must meet”, “Meet” or “No thanks”, or remove the mark." in refused
    assert 'value="no_thanks" class="mark chosen"' in refused  # unchanged
