"""A table breaks: its meetings from the breaking slot on are re-planned, everything else
stays, and the draft's diff shows only those meetings."""

from __future__ import annotations

from datetime import time
from itertools import combinations

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from clustermeet.audit.models import AuditEntry
from clustermeet.events.domain.organisers import make_organiser
from clustermeet.events.models import Table
from clustermeet.meetings.domain.diffs import standing_meetings
from clustermeet.meetings.domain.publishing import publish_schedule
from clustermeet.meetings.domain.scheduling import schedule_event
from clustermeet.meetings.models import Schedule
from tests.event_world import future_event, named
from tests.factories import make_request, make_session, make_table, make_user


def _world(people: int = 6, tables: int = 3):
    event = future_event()
    make_session(event, start_time=time(9, 0), end_time=time(11, 0))
    for n in range(tables):
        make_table(event, f"T{n + 1:02}")
    everyone = [named(event, f"P{n}") for n in range(people)]
    for a, b in combinations(everyone, 2):
        make_request(a, b)
    organiser = make_user(first_name="Olga", last_name="Org")
    make_organiser(event, organiser)
    published = publish_schedule(schedule_event(event, time_limit=5), acting_user=None)
    client = Client()
    client.force_login(organiser)
    return event, published, client


def _placement(schedule):
    return {
        frozenset(s.participant_id for s in m.seats.all()): (m.slot_id, m.table_id)
        for m in standing_meetings(schedule)
    }


def _url(event, name="table-break"):
    return reverse(f"orga:{name}", kwargs={"slug": event.slug})


@pytest.mark.django_db
def test_table_break_shows_the_meetings_it_affects_first_and_changes_nothing():
    event, published, client = _world()
    table = Table.objects.get(event=event, name="T01")
    slots = list(event.slots.order_by("start"))
    response = client.get(_url(event), {"table": table.pk, "from_slot": slots[3].pk})
    at_table = [
        m.pk
        for m in standing_meetings(published)
        if m.table_id == table.pk and m.slot.start >= slots[3].start
    ]
    page = response.content.decode()
    assert at_table
    assert page.count('<li data-meeting="') == len(at_table)
    assert Schedule.objects.filter(event=event).count() == 1


@pytest.mark.django_db
def test_table_break_replans_only_its_meetings_and_shows_the_diff():
    event, published, client = _world()
    before = _placement(published)
    table = Table.objects.get(event=event, name="T01")
    slots = list(event.slots.order_by("start"))
    later = {s.pk for s in slots[3:]}
    response = client.post(_url(event), {"table": table.pk, "from_slot": slots[3].pk}, follow=True)
    draft = Schedule.objects.get(event=event, version=2)
    assert response.redirect_chain[-1][0] == reverse(
        "orga:schedule", kwargs={"slug": event.slug, "version": 2}
    )
    after = _placement(draft)
    # Nothing at the broken table from the break on; everything not there stays put.
    assert [p for p, (slot, t) in after.items() if t == table.pk and slot in later] == []
    affected = {p for p, (slot, t) in before.items() if t == table.pk and slot in later}
    assert {p: v for p, v in before.items() if p not in affected} == {
        p: after[p] for p in before if p not in affected
    }
    changed = {p for p in before if after.get(p) != before[p]} | (set(after) - set(before))
    page = response.content.decode()
    assert "Re-planned without T01 in" in page
    assert page.count("data-change=") == len(changed)
    assert changed - affected <= set(after) - set(before)  # only new meetings besides
    entry = AuditEntry.objects.get(verb="break_table")
    assert (entry.target_id, entry.after["from_slot"], entry.after["version"]) == (
        str(table.pk),
        slots[3].pk,
        2,
    )


@pytest.mark.django_db
def test_table_break_before_anything_is_published_is_refused_on_the_page():
    event = future_event()
    make_session(event)
    table = make_table(event)
    organiser = make_user()
    make_organiser(event, organiser)
    client = Client()
    client.force_login(organiser)
    response = client.post(_url(event), {"table": table.pk, "from_slot": event.slots.first().pk})
    assert "Nothing is published yet" in response.content.decode()
    assert not Schedule.objects.filter(event=event).exists()


@pytest.mark.django_db
def test_another_events_organiser_cannot_break_a_table():
    event, published, client = _world(people=3, tables=2)
    stranger = make_user()
    make_organiser(future_event(), stranger)
    other = Client()
    other.force_login(stranger)
    table = Table.objects.get(event=event, name="T01")
    data = {"table": table.pk, "from_slot": event.slots.first().pk}
    assert other.get(_url(event), data).status_code == 403
    assert other.post(_url(event), data).status_code == 403
    assert Schedule.objects.filter(event=event).count() == 1


@pytest.mark.django_db
def test_table_break_with_a_spare_table_moves_its_meetings_to_another_table_only():
    event, published, client = _world(people=6, tables=4)  # at most 3 meetings a slot
    before = _placement(published)
    slots = list(event.slots.order_by("start"))
    used = {t for _, t in before.values()}
    table = Table.objects.filter(event=event, pk__in=used).order_by("name").first()
    client.post(_url(event), {"table": table.pk, "from_slot": slots[2].pk})
    after = _placement(Schedule.objects.get(event=event, version=2))
    later = {s.pk for s in slots[2:]}
    affected = {p for p, (slot, t) in before.items() if t == table.pk and slot in later}
    assert affected
    assert {p: after[p][0] for p in affected} == {p: before[p][0] for p in affected}
    assert all(after[p][1] != table.pk for p in affected)
    assert {p: after[p] for p in before if p not in affected} == {
        p: v for p, v in before.items() if p not in affected
    }


def _page_queries(meetings: int) -> int:
    from clustermeet.meetings.domain.placement import place_meeting
    from tests.factories import make_schedule

    event = future_event()
    make_session(event, start_time=time(9, 0), end_time=time(11, 0))
    table = make_table(event, "T01")
    slots = list(event.slots.order_by("start"))
    schedule = make_schedule(event, state="published")
    for n in range(meetings):
        a, b = named(event, f"A{n}"), named(event, f"B{n}")
        place_meeting(schedule, [a, b], slots[n], table, request=make_request(a, b))
    organiser = make_user()
    make_organiser(event, organiser)
    client = Client()
    client.force_login(organiser)
    data = {"table": table.pk, "from_slot": slots[0].pk}
    client.get(_url(event), data)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(_url(event), data)
    assert response.content.decode().count('<li data-meeting="') == meetings
    return len(queries)


@pytest.mark.django_db
def test_table_break_page_query_count_same_for_one_and_three_meetings():
    assert _page_queries(1) == _page_queries(3)
