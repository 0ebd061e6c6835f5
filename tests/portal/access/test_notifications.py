"""Which e-mails a participant receives: one switch per kind, honoured by every notice."""

from datetime import time

from django.core import mail
from django.urls import reverse

from clustermeet.accounts.models import NotificationSettings
from clustermeet.audit.models import AuditEntry
from clustermeet.meetings.domain.changes import cancel_meeting
from clustermeet.meetings.domain.placement import place_meeting
from tests.factories import (
    make_event,
    make_participant,
    make_request,
    make_schedule,
    make_session,
    make_table,
)

KINDS = ["requests", "answers", "expiries", "publication", "changes"]


def test_notifications_page_needs_sign_in(client, db):
    response = client.get(reverse("portal:notifications"))
    assert response.status_code == 302 and "/login/" in response.url


def test_notifications_page_shows_every_kind_switched_on(client, db):
    person = make_participant(make_event())
    client.force_login(person.user)
    text = client.get(reverse("portal:notifications")).content.decode()
    for kind in KINDS:
        assert f'type="checkbox" name="{kind}" id="id_{kind}" checked>' in text
    assert "E-mails about your account itself" in text


def test_notifications_switched_off_are_saved(client, db):
    person = make_participant(make_event())
    client.force_login(person.user)
    response = client.post(reverse("portal:notifications"), {"requests": "on", "answers": "on"})
    assert response.status_code == 302
    stored = NotificationSettings.objects.get(user=person.user)
    assert [getattr(stored, k) for k in KINDS] == [True, True, False, False, False]
    text = client.get(reverse("portal:notifications")).content.decode()
    assert 'name="changes" id="id_changes">' in text  # unticked now
    assert "Your e-mail settings are saved." in text
    entry = AuditEntry.objects.get(verb="set_notifications")
    assert (entry.before["changes"], entry.after["changes"]) == (True, False)


def test_notice_goes_only_to_those_who_want_its_kind(db, django_capture_on_commit_callbacks):
    event = make_event()
    make_session(event, start_time=time(9, 0), end_time=time(10, 0))
    a, b = make_participant(event), make_participant(event)
    meeting = place_meeting(
        make_schedule(event),
        [a, b],
        event.slots.first(),
        make_table(event),
        request=make_request(a, b),
    )
    NotificationSettings.objects.create(user=a.user, changes=False)
    with django_capture_on_commit_callbacks(execute=True):
        cancel_meeting(meeting, acting_user=None, reason="Room closed.")
    assert [m.to for m in mail.outbox] == [[b.user.email]]
    assert "is cancelled. Room closed." in mail.outbox[0].body


def test_notice_is_written_in_each_persons_language(db, django_capture_on_commit_callbacks):
    event = make_event()
    make_session(event, start_time=time(9, 0), end_time=time(10, 0))
    a, b = make_participant(event), make_participant(event)
    a.user.language = "fr"
    a.user.save()
    meeting = place_meeting(
        make_schedule(event),
        [a, b],
        event.slots.first(),
        make_table(event),
        request=make_request(a, b),
    )
    with django_capture_on_commit_callbacks(execute=True):
        cancel_meeting(meeting, acting_user=None)
    subjects = {m.to[0]: m.subject for m in mail.outbox}
    assert subjects == {
        a.user.email: "Votre rendez-vous de Day 1 B2B mer 5 juin 09:00 est annulé",
        b.user.email: "Your meeting at Day 1 B2B Wed 5 June 09:00 is cancelled",
    }
