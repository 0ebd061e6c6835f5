"""Hand edits: a move shows its conflicts before saving; a cancel tells both sides."""

from __future__ import annotations

from django.core import mail
from django.urls import reverse

from clustermeet.audit.models import AuditEntry
from clustermeet.meetings.models import Meeting


def _url(name, small, **kwargs):
    return reverse(f"orga:{name}", kwargs={"slug": small.event.slug, **kwargs})


def _two_meetings(small):
    small.client.post(_url("schedules", small), {"time_limit": "5"})
    meetings = list(Meeting.objects.filter(schedule__event=small.event).order_by("slot__start"))
    return meetings[0], next(m for m in meetings if m.slot_id != meetings[0].slot_id)


def test_move_onto_a_taken_table_shows_conflict_and_saves_nothing(small):
    first, other = _two_meetings(small)
    response = small.client.get(
        _url("move", small, pk=first.pk), {"slot": other.slot_id, "table": other.table_id}
    )
    page = response.content.decode()
    assert f"{other.table} already holds a meeting at {other.slot}." in page
    assert "Save the move" not in page
    first.refresh_from_db()
    assert first.slot_id != other.slot_id


def test_move_posted_despite_conflict_is_refused_with_a_message(small):
    first, other = _two_meetings(small)
    response = small.client.post(
        _url("move", small, pk=first.pk), {"slot": other.slot_id, "table": other.table_id}
    )
    assert response.status_code == 200
    assert "already holds a meeting" in response.content.decode()
    first.refresh_from_db()
    assert first.slot_id != other.slot_id


def test_cancel_meeting_tells_both_sides(small, django_capture_on_commit_callbacks):
    first, _ = _two_meetings(small)
    people = sorted(s.participant.user.email for s in first.seats.all())
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        small.client.post(_url("cancel", small, pk=first.pk), {"confirm": "on", "reason": "Ill"})
    first.refresh_from_db()
    assert first.status == "cancelled"
    assert sorted(m.to[0] for m in mail.outbox) == people
    assert AuditEntry.objects.filter(verb="cancel_meeting").count() == 1
