"""Hand edits: move, lock and cancel a meeting; each checked, audited and announced."""

from __future__ import annotations

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from clustermeet.audit.models import AuditEntry
from clustermeet.events.domain.organisers import make_organiser
from clustermeet.meetings.domain.changes import cancel_meeting, lock_meeting, move_meeting
from clustermeet.meetings.domain.placement import place_meeting
from clustermeet.meetings.models import Meeting, Seat
from tests.factories import (
    make_event,
    make_participant,
    make_schedule,
    make_session,
    make_table,
    make_user,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_meetings():
    event = make_event()
    make_session(event)
    slots = list(event.slots.order_by("start"))
    t1, t2 = make_table(event, "T01"), make_table(event, "T02")
    ann, ben, cat = (make_participant(event) for _ in range(3))
    schedule = make_schedule(event)
    first = place_meeting(schedule, [ann, ben], slots[0], t1)
    second = place_meeting(schedule, [ann, cat], slots[1], t2)
    organiser = make_user(password="organise-it-2019", first_name="Olga", last_name="Org")
    make_organiser(event, organiser)
    return event, slots, (t1, t2), first, second, organiser


def test_move_into_a_double_booking_is_refused_with_the_reason(two_meetings):
    event, slots, (t1, t2), first, second, organiser = two_meetings
    ann = second.seats.first().participant
    with pytest.raises(ValidationError) as caught:
        move_meeting(second, slots[0], t2, acting_user=organiser)
    assert (
        f"{ann.user.display_name} already has a meeting at {slots[0]}." in caught.value.messages[0]
    )
    second.refresh_from_db()
    assert second.slot_id == slots[1].pk


def test_move_to_a_busy_table_is_refused(two_meetings):
    _, slots, (t1, _), _, second, organiser = two_meetings
    with pytest.raises(ValidationError, match="T01 already holds a meeting"):
        move_meeting(second, slots[0], t1, acting_user=organiser)


def test_move_updates_seats_audits_and_tells_both_sides(two_meetings):
    event, slots, (_, t2), first, _, organiser = two_meetings
    move_meeting(first, slots[2], t2, acting_user=organiser)
    assert set(Seat.objects.filter(meeting=first).values_list("slot_id", flat=True)) == {
        slots[2].pk
    }
    entry = AuditEntry.objects.get(verb="move_meeting")
    assert (entry.actor, entry.before, entry.after) == (
        organiser,
        {"slot": slots[0].pk, "table": first.table_id},
        {"slot": slots[2].pk, "table": t2.pk},
    )


def test_move_sends_a_notice_after_commit(two_meetings, django_capture_on_commit_callbacks):
    _, slots, (_, t2), first, _, organiser = two_meetings
    with django_capture_on_commit_callbacks(execute=True):
        move_meeting(first, slots[2], t2, acting_user=organiser)
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        s.participant.user.email for s in first.seats.all()
    )


def test_only_organisers_move_lock_or_cancel(two_meetings):
    _, slots, (_, t2), first, _, _ = two_meetings
    participant_user = first.seats.first().participant.user
    for verb in (
        lambda: move_meeting(first, slots[2], t2, acting_user=participant_user),
        lambda: lock_meeting(first, acting_user=participant_user),
        lambda: cancel_meeting(first, acting_user=participant_user),
    ):
        with pytest.raises(PermissionDenied):
            verb()


def test_cancel_frees_the_slot_and_cannot_happen_twice(two_meetings):
    _, slots, (_, t2), first, second, organiser = two_meetings
    cancel_meeting(first, acting_user=organiser, reason="Ben left early.")
    assert Seat.objects.filter(meeting=first, stands=True).count() == 0
    move_meeting(second, slots[0], t2, acting_user=organiser)  # Ann's slot 0 is free now
    with pytest.raises(ValidationError, match="cancelled already"):
        cancel_meeting(first, acting_user=organiser)


def test_lock_is_audited(two_meetings):
    _, _, _, first, _, organiser = two_meetings
    lock_meeting(first, acting_user=organiser)
    assert Meeting.objects.get(pk=first.pk).locked
    assert AuditEntry.objects.get(verb="lock_meeting").after == {"locked": True}


def test_admin_move_into_a_double_booking_shows_an_error_and_saves_nothing(client, two_meetings):
    """The defect the admin had: a moved meeting saved while its seats kept the old slot."""
    event, slots, (t1, t2), first, second, organiser = two_meetings
    client.force_login(organiser)
    url = reverse("admin:meetings_meeting_change", args=[second.pk])
    form = client.get(url).context["adminform"].form
    data = {name: form.initial.get(name) for name in form.fields}
    data.update({"slot": slots[0].pk, "table": t2.pk, "locked": "", "request": ""})
    data.update({"seats-TOTAL_FORMS": 0, "seats-INITIAL_FORMS": 0})
    data = {k: ("" if v is None else v) for k, v in data.items()}
    response = client.post(url, data)
    assert response.status_code == 200
    assert "already has a meeting" in response.content.decode()
    second.refresh_from_db()
    assert second.slot_id == slots[1].pk
