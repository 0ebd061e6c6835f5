"""The console's log view: the event's audit entries only, filtered, paged, on-behalf
entries highlighted, a fixed number of queries."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from clustermeet.audit.models import AuditEntry
from clustermeet.events.domain.organisers import make_organiser
from clustermeet.matchmaking.domain.marks import set_mark
from clustermeet.meetings.domain.attendance import check_in
from tests.event_world import future_event, named
from tests.factories import make_user
from tests.orga.day_world import build_day


def _url(day, **query):
    url = reverse("orga:log", kwargs={"slug": day.event.slug})
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def _entries(response) -> list[int]:
    return [int(pk) for pk in re.findall(r'data-entry="(\d+)"', response.content.decode())]


def _behalf(response) -> list[int]:
    return [
        int(pk)
        for pk in re.findall(r'data-entry="(\d+)" class="on-behalf"', response.content.decode())
    ]


@pytest.mark.django_db
def test_log_lists_this_events_entries_newest_first_and_no_other_events():
    day = build_day()
    anna, ben = day.people[0], day.people[1]
    set_mark(anna, ben, "meet", acting_user=day.organiser)
    other = future_event()
    stranger = named(other, "Stella")
    check_in(stranger, acting_user=None)
    response = day.client.get(_url(day))
    ours = list(
        AuditEntry.objects.filter(event=day.event)
        .order_by("-at", "-id")
        .values_list("id", flat=True)
    )
    assert _entries(response) == ours
    theirs = AuditEntry.objects.get(event=other, verb="check_in")
    assert theirs.pk not in _entries(response)
    assert "Stella" not in response.content.decode()


@pytest.mark.django_db
def test_entries_made_on_a_participants_behalf_are_highlighted_with_their_name():
    day = build_day()
    anna, ben = day.people[0], day.people[1]
    set_mark(anna, ben, "must_meet", acting_user=day.organiser)  # for Anna
    set_mark(ben, anna, "meet", acting_user=ben.user)  # Ben himself
    response = day.client.get(_url(day))
    for_anna = AuditEntry.objects.get(verb="set_mark", on_behalf_of=anna.user)
    assert _behalf(response) == [for_anna.pk]
    row = re.search(rf'data-entry="{for_anna.pk}".*?</tr>', response.content.decode(), re.S)
    assert "Olga Org" in row.group(0) and "<strong>Anna Test</strong>" in row.group(0)


@pytest.mark.django_db
def test_log_filters_by_verb_by_person_and_by_behalf():
    day = build_day()
    anna, ben, carla = day.people
    set_mark(anna, ben, "meet", acting_user=day.organiser)
    set_mark(carla, ben, "meet", acting_user=carla.user)
    check_in(ben, acting_user=day.organiser)
    marks = day.client.get(_url(day, verb="set_mark"))
    assert sorted(_entries(marks)) == sorted(
        AuditEntry.objects.filter(verb="set_mark").values_list("id", flat=True)
    )
    carla_only = day.client.get(_url(day, person=carla.user_id))
    assert _entries(carla_only) == [AuditEntry.objects.get(actor=carla.user).pk]
    behalf = day.client.get(_url(day, behalf=1))
    expected = AuditEntry.objects.filter(event=day.event, on_behalf_of__isnull=False)
    assert sorted(_entries(behalf)) == sorted(expected.values_list("id", flat=True))
    assert _behalf(behalf) == _entries(behalf)
    # An unknown verb or person is no filter at all, never an error.
    assert day.client.get(_url(day, verb="nope", person="x")).status_code == 200


@pytest.mark.django_db
def test_log_pages_fifty_entries_at_a_time():
    day = build_day(publish=False)
    anna, ben = day.people[0], day.people[1]
    for n in range(30):
        set_mark(anna, ben, "meet" if n % 2 else "must_meet", acting_user=day.organiser)
        set_mark(ben, anna, "meet" if n % 2 else "must_meet", acting_user=day.organiser)
    total = AuditEntry.objects.filter(event=day.event).count()
    first, second = day.client.get(_url(day)), day.client.get(_url(day, page=2))
    assert len(_entries(first)) == 50
    assert len(_entries(second)) == total - 50
    assert set(_entries(first)).isdisjoint(_entries(second))
    assert 'rel="next"' in first.content.decode() and 'rel="prev"' in second.content.decode()


@pytest.mark.django_db
def test_another_events_organiser_sees_none_of_the_log():
    day = build_day()
    stranger = make_user(first_name="Otto", last_name="Other")
    make_organiser(future_event(), stranger)
    client = Client()
    client.force_login(stranger)
    response = client.get(_url(day))
    assert response.status_code == 403
    assert "data-entry" not in response.content.decode()


def _queries(marks: int) -> int:
    day = build_day(publish=False)
    anna, ben, carla = day.people
    for target in (ben, carla, anna)[:marks]:
        set_mark(carla if target is anna else anna, target, "meet", acting_user=day.organiser)
    day.client.get(_url(day))
    with CaptureQueriesContext(connection) as queries:
        response = day.client.get(_url(day))
    assert len(_entries(response)) == marks
    return len(queries)


@pytest.mark.django_db
def test_log_query_count_same_for_one_and_three_entries():
    assert _queries(1) == _queries(3)
