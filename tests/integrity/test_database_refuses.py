"""What must never happen is refused by the database itself, whatever writes to it."""

from __future__ import annotations

from datetime import time

import pytest
from django.db import IntegrityError, connection, transaction

from clustermeet.integrity import declared
from clustermeet.meetings.domain.placement import place_meeting
from clustermeet.meetings.models import Meeting, Request, Seat
from tests.factories import (
    make_event,
    make_participant,
    make_schedule,
    make_session,
    make_table,
)


def _two_meetings():
    """Ann meets Ben in slot 0 and Cat in slot 1 (one schedule, two tables)."""
    event = make_event()
    make_session(event)
    slots = list(event.slots.order_by("start"))
    t1, t2 = make_table(event, "T01"), make_table(event, "T02")
    ann, ben, cat = (make_participant(event) for _ in range(3))
    schedule = make_schedule(event)
    first = place_meeting(schedule, [ann, ben], slots[0], t1)
    second = place_meeting(schedule, [ann, cat], slots[1], t2)
    return event, slots, first, second


@pytest.mark.django_db(transaction=True)
def test_bulk_update_that_double_books_is_refused():
    _, slots, first, second = _two_meetings()
    with pytest.raises(IntegrityError), transaction.atomic():
        Meeting.objects.filter(pk=second.pk).update(slot=slots[0])  # Ann twice in slot 0
    second.refresh_from_db()
    assert second.slot_id == slots[1].pk


@pytest.mark.django_db(transaction=True)
def test_seats_follow_their_meeting_to_a_new_slot():
    _, slots, first, _ = _two_meetings()
    with transaction.atomic():
        Meeting.objects.filter(pk=first.pk).update(slot=slots[2])
    assert set(Seat.objects.filter(meeting=first).values_list("slot_id", flat=True)) == {
        slots[2].pk
    }


@pytest.mark.django_db(transaction=True)
def test_seat_written_with_another_slot_than_its_meeting_is_refused():
    _, slots, first, _ = _two_meetings()
    with pytest.raises(IntegrityError), transaction.atomic():
        Seat.objects.filter(meeting=first).update(slot=slots[2])


@pytest.mark.django_db(transaction=True)
def test_cancelled_meeting_frees_the_slot_in_the_database():
    _, slots, first, second = _two_meetings()
    with transaction.atomic():
        Meeting.objects.filter(pk=first.pk).update(status="cancelled", stands=False)
        Meeting.objects.filter(pk=second.pk).update(slot=slots[0])
    assert Seat.objects.filter(meeting=first, stands=True).count() == 0


@pytest.mark.django_db(transaction=True)
def test_cancelled_meeting_that_still_stands_is_refused():
    _, _, first, _ = _two_meetings()
    with pytest.raises(IntegrityError), transaction.atomic():
        Meeting.objects.filter(pk=first.pk).update(status="cancelled")


@pytest.mark.django_db(transaction=True)
def test_meeting_in_another_events_slot_or_table_is_refused():
    event, _, first, _ = _two_meetings()
    other = make_event()
    make_session(other)
    foreign_slot = other.slots.first()
    foreign_table = make_table(other, "X01")
    for change in ({"slot": foreign_slot}, {"table": foreign_table}):
        with pytest.raises(IntegrityError), transaction.atomic():
            Meeting.objects.filter(pk=first.pk).update(**change)


@pytest.mark.django_db(transaction=True)
def test_request_to_another_events_participant_is_refused():
    event = make_event()
    mine = make_participant(event)
    stranger = make_participant(make_event())
    with pytest.raises(IntegrityError), transaction.atomic():
        Request.objects.create(
            event=event,
            requester=mine,
            requested=stranger,
            status="accepted",
            created_at="2019-05-01T10:00:00Z",
        )


@pytest.mark.django_db(transaction=True)
def test_overlapping_sessions_of_one_event_are_refused():
    event = make_event()
    make_session(event, start_time=time(9, 0), end_time=time(10, 0))
    with pytest.raises(IntegrityError, match="overlap"), transaction.atomic():
        make_session(event, name="Late", start_time=time(9, 40), end_time=time(11, 0))
    make_session(event, name="After", start_time=time(10, 0), end_time=time(11, 0))  # touching
    make_session(make_event(), start_time=time(9, 30), end_time=time(10, 30))  # other event


def _live_foreign_keys() -> set[tuple[str, tuple[str, ...]]]:
    found: set[tuple[str, tuple[str, ...]]] = set()
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            if connection.vendor == "sqlite":
                cursor.execute(f'PRAGMA foreign_key_list("{table}")')
                groups: dict[int, list[str]] = {}
                for row in cursor.fetchall():
                    groups.setdefault(row[0], []).append(row[3])
                found |= {(table, tuple(cols)) for cols in groups.values() if len(cols) > 1}
            else:
                cursor.execute(
                    "SELECT array_agg(a.attname ORDER BY k.n) FROM pg_constraint c "
                    "CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, n) "
                    "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum "
                    "WHERE c.contype = 'f' AND c.conrelid = %s::regclass GROUP BY c.oid",
                    [table],
                )
                found |= {(table, tuple(r[0])) for r in cursor.fetchall() if len(r[0]) > 1}
    return found


@pytest.mark.django_db
def test_every_declared_composite_key_is_in_the_live_database():
    """SQLite drops them when a later migration rebuilds a table: this notices (22, and 3 of
    the calendar feed and entries)."""
    keys, guards = declared()
    assert len(keys) == 25 and guards == ["session_no_overlap"]
    missing = {(k.table, k.columns) for k in keys} - _live_foreign_keys()
    assert missing == set()
