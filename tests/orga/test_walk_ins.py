"""Walk-ins added at the door and late requests booked into places free from now on."""

from __future__ import annotations

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from clustermeet.audit.models import AuditEntry
from clustermeet.events.domain.organisers import make_organiser
from clustermeet.events.models import Slot, Table
from clustermeet.meetings.domain.agenda import agenda
from clustermeet.meetings.models import Meeting, Request, Seat
from clustermeet.profiles.models import Participant
from tests.factories import make_event, make_user
from tests.orga.day_world import build_day


def _url(name, day, **query):
    url = reverse(f"orga:{name}", kwargs={"slug": day.event.slug})
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def _walk_in(day, **fields):
    data = {
        "first_name": "Wanda",
        "last_name": "Walker",
        "email": "wanda@example.org",
        "organisation": "Late Cluster",
        "country": "CA",
        **fields,
    }
    return day.client.post(_url("walk-in", day), data, follow=True)


def _expected_places(day, first, second):
    """Free (slot, table) pairs worked out from the published schedule row by row."""
    taken = {(m.slot_id, m.table_id) for m in day.published.meetings.filter(stands=True)}
    busy = set(
        Seat.objects.filter(
            schedule=day.published, participant__in=[first, second], stands=True
        ).values_list("slot_id", flat=True)
    )
    return [
        (s.pk, t.pk)
        for s in Slot.objects.filter(event=day.event).order_by("start")
        if s.pk not in busy
        for t in Table.objects.filter(event=day.event).order_by("name")
        if (s.pk, t.pk) not in taken
    ]


def _shown_places(response):
    import re

    return [
        (int(s), int(t))
        for s, t in re.findall(r'data-slot="(\d+)" data-table="(\d+)"', response.content.decode())
    ]


@pytest.mark.django_db
def test_walk_in_is_added_checked_in_and_sent_on_to_book():
    day = build_day()
    response = _walk_in(day)
    person = Participant.objects.get(event=day.event, user__email="wanda@example.org")
    assert person.checked_in_at is not None
    assert person.organisation.name == "Late Cluster"
    assert person.organisation.country == "CA"
    assert response.redirect_chain[-1][0] == _url("late-request", day, first=person.pk)
    assert "Wanda Walker (Late Cluster) is registered and checked in" in response.content.decode()
    entry = AuditEntry.objects.get(verb="add_walk_in")
    assert (entry.event_id, entry.actor_id, entry.target_id) == (
        day.event.pk,
        day.organiser.pk,
        str(person.pk),
    )


@pytest.mark.django_db
def test_walk_in_who_already_takes_part_is_refused_by_name():
    day = build_day()
    anna = day.people[0]
    response = _walk_in(day, email=anna.user.email)
    assert "Anna Test already takes part in this event" in response.content.decode()
    assert Participant.objects.filter(event=day.event).count() == 3


@pytest.mark.django_db
def test_walk_in_of_a_new_organisation_without_country_is_refused():
    day = build_day()
    response = _walk_in(day, country="")
    assert "give its country too" in response.content.decode()
    assert not Participant.objects.filter(user__email="wanda@example.org").exists()


@pytest.mark.django_db
def test_late_request_lists_every_place_free_for_both(django_capture_on_commit_callbacks):
    day = build_day()
    anna, ben = day.people[0], day.people[1]
    response = day.client.get(_url("late-request", day, first=anna.pk, second=ben.pk))
    shown = _shown_places(response)
    assert shown == _expected_places(day, anna, ben)
    assert shown  # six slots, two tables, two meetings: room is left


@pytest.mark.django_db
def test_booking_a_walk_in_puts_the_meeting_on_both_agendas_and_tells_both(
    django_capture_on_commit_callbacks,
):
    day = build_day()
    _walk_in(day)
    wanda = Participant.objects.get(user__email="wanda@example.org")
    ben = day.people[1]
    slot_pk, table_pk = _expected_places(day, wanda, ben)[0]
    with django_capture_on_commit_callbacks(execute=True):
        response = day.client.post(
            _url("late-request", day),
            {"first": wanda.pk, "second": ben.pk, "slot": slot_pk, "table": table_pk},
            follow=True,
        )
    assert "both were told" in response.content.decode()
    meeting = Meeting.objects.get(schedule=day.published, slot_id=slot_pk, table_id=table_pk)
    assert {s.participant_id for s in meeting.seats.all()} == {wanda.pk, ben.pk}
    assert [e.meeting.pk for e in agenda(wanda)] == [meeting.pk]
    assert meeting.pk in [e.meeting.pk for e in agenda(ben)]
    request = Request.objects.get(requester=wanda, requested=ben)
    assert (request.status, meeting.request_id) == ("accepted", request.pk)
    # Sent and accepted on their behalf, each in the log.
    behalf = dict(
        AuditEntry.objects.filter(verb__in=["send_request", "accept_request"]).values_list(
            "verb", "on_behalf_of"
        )
    )
    assert behalf == {"send_request": wanda.user_id, "accept_request": ben.user_id}
    assert sorted(m.to[0] for m in mail.outbox) == sorted([wanda.user.email, ben.user.email])
    # The place is no longer offered.
    again = day.client.get(_url("late-request", day, first=wanda.pk, second=ben.pk))
    assert (slot_pk, table_pk) not in _shown_places(again)


@pytest.mark.django_db
def test_booking_a_taken_place_is_refused_and_changes_nothing():
    day = build_day()
    _walk_in(day)
    wanda, carla = Participant.objects.get(user__email="wanda@example.org"), day.people[2]
    taken = Meeting.objects.get(schedule=day.published, seats__participant=day.people[1])
    count = Meeting.objects.count()
    response = day.client.post(
        _url("late-request", day),
        {"first": wanda.pk, "second": carla.pk, "slot": taken.slot_id, "table": taken.table_id},
        follow=True,
    )
    assert "is not free for both of them" in response.content.decode()
    assert Meeting.objects.count() == count
    # The request made on their behalf went back with the booking.
    assert not Request.objects.filter(requester=wanda).exists()


@pytest.mark.django_db
def test_booking_a_pair_that_already_meets_names_their_meeting():
    day = build_day()
    anna, carla = day.people[0], day.people[2]
    meeting = Meeting.objects.get(schedule=day.published, seats__participant=carla)
    slot_pk, table_pk = _expected_places(day, anna, carla)[0]
    response = day.client.post(
        _url("late-request", day),
        {"first": anna.pk, "second": carla.pk, "slot": slot_pk, "table": table_pk},
        follow=True,
    )
    assert "Anna Test and Carla Test already meet at" in response.content.decode()
    assert Meeting.objects.filter(schedule=day.published, stands=True).count() == 2
    assert meeting.pk in [e.meeting.pk for e in agenda(carla)]


@pytest.mark.django_db
def test_late_request_before_anything_is_published_says_so():
    day = build_day(publish=False)
    anna, ben = day.people[0], day.people[1]
    response = day.client.get(_url("late-request", day, first=anna.pk, second=ben.pk))
    assert response.status_code == 200
    assert "Nothing is published yet" in response.content.decode()


@pytest.mark.django_db
def test_another_events_organiser_can_neither_read_nor_book():
    day = build_day()
    stranger = make_user()
    make_organiser(make_event(), stranger)
    client = Client()
    client.force_login(stranger)
    anna, ben = day.people[0], day.people[1]
    slot_pk, table_pk = _expected_places(day, anna, ben)[0]
    assert client.get(_url("late-request", day, first=anna.pk, second=ben.pk)).status_code == 403
    posted = client.post(
        _url("late-request", day),
        {"first": anna.pk, "second": ben.pk, "slot": slot_pk, "table": table_pk},
    )
    assert posted.status_code == 403
    assert client.post(_url("walk-in", day), {"first_name": "X"}).status_code == 403
    assert not Meeting.objects.filter(slot_id=slot_pk, table_id=table_pk).exists()


def _late_request_queries(tables: int) -> tuple[int, int]:
    day = build_day(tables=tables)
    anna, ben = day.people[0], day.people[1]
    url = _url("late-request", day, first=anna.pk, second=ben.pk)
    day.client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = day.client.get(url)
    return len(queries), len(_shown_places(response))


@pytest.mark.django_db
def test_late_request_page_query_count_same_for_one_and_three_tables():
    one, three = _late_request_queries(1), _late_request_queries(3)
    assert one[1] < three[1]
    assert one[0] == three[0]
