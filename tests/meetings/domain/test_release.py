"""Publishing tells each affected person once; a re-plan keeps what is not affected."""

from __future__ import annotations

from datetime import time

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from clustermeet.audit.models import AuditEntry
from clustermeet.meetings.domain.changes import move_meeting
from clustermeet.meetings.domain.late_changes import mark_absent, replan_event
from clustermeet.meetings.domain.release import publish_and_notify
from clustermeet.meetings.domain.scheduling import schedule_event
from clustermeet.meetings.models import Meeting, Schedule
from tests.factories import make_event, make_participant, make_request, make_session, make_table


@pytest.fixture
def event(db):
    event = make_event()
    make_session(event, start_time=time(9, 0), end_time=time(10, 0))  # three slots
    make_table(event, "T01")
    make_table(event, "T02")
    people = [make_participant(event) for _ in range(4)]
    make_request(people[0], people[1])
    make_request(people[2], people[3])
    return event


def test_second_publication_notifies_only_the_moved_meetings_people(
    event, django_capture_on_commit_callbacks
):
    first = schedule_event(event, time_limit=5)
    publish_and_notify(first, acting_user=None)
    second = schedule_event(event, time_limit=5)
    meeting = Meeting.objects.filter(schedule=second).order_by("pk").first()
    free = event.slots.exclude(pk__in=Meeting.objects.filter(schedule=second).values("slot"))
    move_meeting(meeting, free.first(), meeting.table, acting_user=None, notify=False)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        _, diff = publish_and_notify(second, acting_user=None)
    moved = sorted(s.participant.user.email for s in meeting.seats.all())
    assert (len(diff.added), len(diff.moved), len(diff.removed)) == (0, 1, 0)
    assert sorted(m.to[0] for m in mail.outbox) == moved
    assert "Moved: your meeting with" in mail.outbox[0].body
    assert AuditEntry.objects.filter(verb="notify_schedule_changes").count() == 2


def test_replan_without_publication_is_refused(event):
    schedule_event(event, time_limit=5)
    with pytest.raises(ValidationError, match="Nothing is published yet"):
        replan_event(event, acting_user=None)


def test_mark_absent_adds_slots_and_is_audited(event):
    person = event.participants.first()
    slots = list(event.slots.order_by("start"))
    mark_absent(person, slots[1:], acting_user=None)
    assert sorted(s.pk for s in person.unavailable_slots.all()) == [s.pk for s in slots[1:]]
    entry = AuditEntry.objects.get(verb="mark_absent")
    assert entry.after == {"unavailable_slots": [s.pk for s in slots[1:]]}


def test_replan_keeps_held_status_of_meetings_that_stay(event):
    published, _ = publish_and_notify(schedule_event(event, time_limit=5), acting_user=None)
    kept = Meeting.objects.filter(schedule=published).order_by("pk").first()
    Meeting.objects.filter(pk=kept.pk).update(status="held")
    draft = replan_event(event, acting_user=None)
    assert Schedule.objects.get(pk=draft.pk).statistics["kept"] == 2
    pair = {s.participant_id for s in kept.seats.all()}
    same = next(
        m
        for m in Meeting.objects.filter(schedule=draft)
        if {s.participant_id for s in m.seats.all()} == pair
    )
    assert (same.slot_id, same.table_id, same.status) == (kept.slot_id, kept.table_id, "held")


@pytest.mark.parametrize("not_before", [True, False])
def test_a_late_change_refits_nothing_into_the_time_before_it(db, not_before):
    from clustermeet.meetings.domain.placement import place_meeting
    from tests.factories import make_schedule

    event = make_event()
    make_session(event, start_time=time(9, 0), end_time=time(10, 20))  # 4 slots of 20 min
    table = make_table(event, "T01")
    leaving, b, c = (make_participant(event) for _ in range(3))
    slots = list(event.slots.order_by("start"))
    draft = make_schedule(event)
    place_meeting(draft, [leaving, b], slots[0], table, request=make_request(leaving, b))
    place_meeting(draft, [leaving, c], slots[3], table, request=make_request(leaving, c))
    publish_and_notify(draft, acting_user=None)
    # `leaving` is away from slot 2 on; slot 1 is free and earlier than the change.
    mark_absent(leaving, slots[2:], acting_user=None)
    replanned = replan_event(event, acting_user=None, not_before=slots[2] if not_before else None)
    theirs = Meeting.objects.filter(schedule=replanned, seats__participant=leaving)
    at = sorted(slots.index(m.slot) for m in theirs)
    if not_before:  # the meeting at 3 is dropped, not moved before the change
        assert at == [0]
    else:  # without the limit it goes back in time, into slot 1
        assert at == [0, 1]
