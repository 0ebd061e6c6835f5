"""Participants: the unbookable filter and the audited one-click reminder."""

from __future__ import annotations

from django.core import mail
from django.urls import reverse

from clustermeet.audit.models import AuditEntry
from tests.factories import make_participant


def _url(name, small, **kwargs):
    return reverse(f"orga:{name}", kwargs={"slug": small.event.slug, **kwargs})


def test_unbookable_filter_lists_only_people_missing_something(small):
    lonely = make_participant(small.event)  # no job title, no items, no requests
    response = small.client.get(_url("participants", small), {"show": "unbookable"})
    rows = response.context["rows"]
    assert [r.participant.pk for r in rows] == [lonely.pk]
    assert rows[0].problems == ("empty profile", "no items", "no requests")


def test_reminder_mails_the_person_and_is_audited(small, django_capture_on_commit_callbacks):
    lonely = make_participant(small.event)
    with django_capture_on_commit_callbacks(execute=True):
        response = small.client.post(_url("remind", small, pk=lonely.pk), follow=True)
    assert "Reminder sent" in response.content.decode()
    assert [m.to for m in mail.outbox] == [[lonely.user.email]]
    assert "no items" in mail.outbox[0].body
    entry = AuditEntry.objects.get(verb="send_reminder")
    assert entry.actor_id == small.organiser.pk


def test_reminder_to_a_bookable_person_is_refused_with_a_message(small):
    response = small.client.post(_url("remind", small, pk=small.people[0].pk), follow=True)
    assert "can be booked already" in response.content.decode()
    assert mail.outbox == []
