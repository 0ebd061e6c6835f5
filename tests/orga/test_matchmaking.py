"""Matchmaking in the console: recommendations computed as a task, and proposed meetings
ticked and agreed on both people's behalf."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from clustermeet.audit.models import AuditEntry
from clustermeet.events.domain.organisers import make_organiser
from clustermeet.matchmaking.domain.marks import set_mark
from clustermeet.matchmaking.models import Recommendation
from clustermeet.meetings.models import Request
from clustermeet.tasks.models import TaskRun
from tests.event_world import future_event, named
from tests.factories import make_item, make_request, make_user

NAMES = ("Anna", "Ben", "Carla", "Dan", "Eve", "Fay")


def _world():
    event = future_event()
    people = [named(event, n) for n in NAMES]
    organiser = make_user(first_name="Olga", last_name="Org")
    make_organiser(event, organiser)
    client = Client()
    client.force_login(organiser)
    return event, people, organiser, client


def _url(event, **query):
    url = reverse("orga:matchmaking", kwargs={"slug": event.slug})
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def _pairs(response) -> list[str]:
    return re.findall(r'data-pair="(\d+-\d+)"', response.content.decode())


def _recommend(person, candidate, score):
    return Recommendation.objects.create(
        participant=person,
        candidate=candidate,
        rank=1,
        score=score,
        forward=score,
        backward=score,
        explanation="stored by the matcher",
        encoder="tfidf",
        computed_at=timezone.now(),
    )


def _key(a, b):
    return f"{a.pk}-{b.pk}"


@pytest.mark.django_db
def test_compute_recommendations_runs_as_a_task_and_reports_back():
    event, people, organiser, client = _world()
    make_item(people[0], "TR", title="Fish-fillet inspection", description="Find bones in cod.")
    make_item(people[1], "TO", title="Machine vision for fish", description="Cameras find bones.")
    make_item(people[2], "TO", title="Solar cells", description="Tandem modules.")
    response = client.post(_url(event), {"part": "compute", "encoder": "tfidf"})
    run = TaskRun.objects.get(event=event, name="clustermeet.matchmaking.compute_recommendations")
    assert response["Location"] == reverse("orga:task", kwargs={"slug": event.slug, "pk": run.pk})
    assert run.started_by == organiser
    page = client.get(response["Location"], follow=True)
    stored = Recommendation.objects.filter(event=event).count()
    assert stored > 0
    assert f"Recommendations computed: {stored} for 6 participants (tfidf)." in (
        page.content.decode()
    )
    assert page.redirect_chain[-1][0] == _url(event)


@pytest.mark.django_db
def test_proposals_are_mutual_marks_and_scores_over_the_threshold_without_a_request():
    event, (anna, ben, carla, dan, eve, fay), organiser, client = _world()
    set_mark(anna, ben, "must_meet", acting_user=anna.user)
    set_mark(ben, anna, "meet", acting_user=ben.user)  # both want it
    set_mark(carla, dan, "meet", acting_user=carla.user)  # one side, no score
    _recommend(eve, fay, 0.8)  # a strong score alone
    _recommend(carla, eve, 0.1)  # too weak
    _recommend(dan, fay, 0.9)
    make_request(dan, fay, status="declined")  # asked already
    shown = _pairs(client.get(_url(event)))
    assert sorted(shown) == sorted([_key(anna, ben), _key(eve, fay)])
    # A lower threshold brings in the weak one.
    lower = _pairs(client.get(_url(event, min_score="0.05", per_person="5")))
    assert _key(carla, eve) in lower


@pytest.mark.django_db
def test_confirming_ticked_pairs_makes_agreed_requests_on_both_behalves_and_tells_both(
    django_capture_on_commit_callbacks,
):
    event, (anna, ben, carla, dan, eve, fay), organiser, client = _world()
    set_mark(anna, ben, "must_meet", acting_user=anna.user)
    set_mark(ben, anna, "meet", acting_user=ben.user)
    _recommend(eve, fay, 0.8)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            _url(event),
            {"part": "confirm", "min_score": "0.4", "per_person": "5", "pair": [_key(anna, ben)]},
            follow=True,
        )
    assert "1 meeting(s) agreed on both people&#x27;s behalf" in response.content.decode()
    request = Request.objects.get(event=event)
    assert (request.requester, request.requested, request.status) == (anna, ben, "accepted")
    assert request.priority == 3  # Anna's "must meet"
    behalf = sorted(
        AuditEntry.objects.filter(event=event, actor=organiser).values_list("verb", "on_behalf_of")
    )
    assert behalf == [
        ("accept_request", ben.user_id),
        ("confirm_proposal", anna.user_id),
        ("send_request", anna.user_id),
    ]
    assert sorted(m.to[0] for m in mail.outbox) == sorted([anna.user.email, ben.user.email])
    assert _pairs(response) == [_key(eve, fay)]  # the agreed pair is no longer proposed


@pytest.mark.django_db
def test_confirming_a_pair_no_longer_proposed_says_so_and_makes_nothing():
    event, (anna, ben, *_), organiser, client = _world()
    response = client.post(
        _url(event),
        {"part": "confirm", "min_score": "0.4", "per_person": "5", "pair": [_key(anna, ben)]},
        follow=True,
    )
    assert f"{_key(anna, ben)} is no longer proposed" in response.content.decode()
    assert not Request.objects.filter(event=event).exists()


@pytest.mark.django_db
def test_another_events_organiser_can_neither_see_nor_confirm():
    event, (anna, ben, *_), organiser, client = _world()
    set_mark(anna, ben, "meet", acting_user=anna.user)
    set_mark(ben, anna, "meet", acting_user=ben.user)
    stranger = make_user()
    make_organiser(future_event(), stranger)
    other = Client()
    other.force_login(stranger)
    assert other.get(_url(event)).status_code == 403
    posted = other.post(_url(event), {"part": "confirm", "pair": [_key(anna, ben)]})
    assert posted.status_code == 403
    assert other.post(_url(event), {"part": "compute", "encoder": "tfidf"}).status_code == 403
    assert not Request.objects.exists()
    assert not TaskRun.objects.exists()


def _queries(pairs: int) -> int:
    event, people, organiser, client = _world()
    for a, b in list(zip(people[::2], people[1::2], strict=True))[:pairs]:
        set_mark(a, b, "meet", acting_user=a.user)
        set_mark(b, a, "meet", acting_user=b.user)
    client.get(_url(event))
    with CaptureQueriesContext(connection) as queries:
        response = client.get(_url(event))
    assert len(_pairs(response)) == pairs
    return len(queries)


@pytest.mark.django_db
def test_matchmaking_page_query_count_same_for_one_and_three_proposals():
    assert _queries(1) == _queries(3)
