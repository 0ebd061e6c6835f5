"""Registering for an open event, the consent it needs, and the organisers' approval."""

import html
from datetime import time

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from clustermeet.audit.models import AuditEntry
from clustermeet.events.domain.organisers import make_organiser
from clustermeet.matchmaking.domain.profiles import event_profiles
from clustermeet.meetings.domain.requests import send_request
from clustermeet.meetings.domain.scheduling import build_event_input
from clustermeet.profiles.models import Participant
from tests.factories import make_event, make_participant, make_request, make_session, make_user

PASSWORD = "a long walk by the lake"
TERMS = "We keep your data until the end of 2019 and share it with no one."


@pytest.fixture(autouse=True)
def _fast_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def event(db):
    return make_event(
        name="Toronto 2019", registration_open=True, privacy_terms=TERMS, is_public=True
    )


def new_person(**changes):
    values = {
        "first_name": "Anna",
        "last_name": "Lefèvre",
        "email": "anna@vitagora.example",
        "password": PASSWORD,
        "organisation": "Vitagora",
        "country": "FR",
        "kind": "cluster",
        "consent": "on",
    }
    values.update(changes)
    return {k: v for k, v in values.items() if v is not None}


def register_url(event):
    return reverse("portal:register", kwargs={"slug": event.slug})


def test_register_page_shows_the_privacy_terms_and_a_consent_box(client, event):
    text = client.get(register_url(event)).content.decode()
    assert TERMS in text
    assert '<label class="check" for="id_consent">' in text
    assert "I agree to the privacy terms above" in text


def test_register_without_consent_is_refused_and_makes_no_account(client, event):
    response = client.post(register_url(event), new_person(consent=None))
    text = response.content.decode()
    assert response.status_code == 200
    assert "Tick the box to agree to the privacy terms: registration needs it." in text
    assert not Participant.objects.exists()
    assert "_auth_user_id" not in client.session


def test_register_new_account_takes_part_at_once_and_is_signed_in(client, event):
    response = client.post(register_url(event), new_person())
    assert (response.status_code, response.url) == (302, register_url(event))
    person = Participant.objects.select_related("user", "organisation").get()
    assert (person.user.display_name, person.organisation.name, person.organisation.country) == (
        "Anna Lefèvre",
        "Vitagora",
        "FR",
    )
    assert person.registration == "approved" and person.consent_at is not None
    assert client.session["_auth_user_id"] == str(person.user.pk)
    assert "You take part in this event." in client.get(register_url(event)).content.decode()
    verbs = list(AuditEntry.objects.order_by("id").values_list("verb", flat=True))
    assert verbs == ["create_account", "register"]


def test_register_bad_fields_are_each_named(client, event):
    posted = new_person(first_name="", email="anna", password="123", country="XX")
    text = client.post(register_url(event), posted).content.decode()
    assert "Write your first name: other participants see it." in text
    assert "Write an e-mail address such as anna@example.org." in text
    assert "This password is too short." in text
    assert "Select a valid choice. XX is not one of the available choices." in text
    assert not Participant.objects.exists()


def test_register_with_an_existing_address_asks_to_sign_in_first(client, event):
    make_user("anna@vitagora.example")
    text = client.post(register_url(event), new_person()).content.decode()
    assert "This address already has an account: sign in first" in text
    assert not Participant.objects.exists()


def test_register_signed_in_person_joins_with_their_account(client, event):
    user = make_user("bo@ocean.example", first_name="Bo", last_name="Chen")
    client.force_login(user)
    page = client.get(register_url(event)).content.decode()
    assert 'name="password"' not in page  # their account is used
    fields = {"organisation": "Ocean Supercluster", "country": "CA", "kind": "cluster"}
    client.post(register_url(event), {**fields, "consent": "on"})
    assert Participant.objects.get().user == user


def test_register_same_organisation_name_joins_it(client, event):
    client.post(register_url(event), new_person())
    second = Client()
    second.post(register_url(event), new_person(email="marc@vitagora.example", first_name="Marc"))
    assert Participant.objects.values("organisation").distinct().count() == 1


def test_register_closed_event_says_so_and_accepts_nothing(client, db):
    closed = make_event(registration_open=False)
    text = client.get(register_url(closed)).content.decode()
    assert f"Registration for {closed.name} is closed." in text
    client.post(register_url(closed), new_person())
    assert not Participant.objects.exists()


def _pending(client, event):
    event.registration_needs_approval = True
    event.save()
    client.post(register_url(event), new_person())
    return Participant.objects.select_related("user").get(user__email="anna@vitagora.example")


def test_register_needing_approval_waits_and_says_what_it_means(client, event):
    person = _pending(client, event)
    assert person.registration == "pending"
    text = client.get(register_url(event)).content.decode()
    assert "Your registration is waiting for the organisers' approval." in text
    assert "you cannot send or receive meeting requests" in text


def test_pending_participant_is_neither_requested_nor_requesting(client, event):
    person = _pending(client, event)
    other = make_participant(event)
    with pytest.raises(ValidationError) as refused:
        send_request(other, person, acting_user=None)
    assert refused.value.messages == [
        "Anna Lefèvre cannot receive requests yet: their registration is not approved by the "
        "organisers."
    ]
    with pytest.raises(ValidationError) as refused:
        send_request(person, other, acting_user=None)
    assert refused.value.messages == [
        "Your registration is waiting for the organisers' approval: you can send requests once "
        "they have approved it."
    ]


def test_pending_participant_is_left_out_of_scheduling_and_matching(client, event):
    make_session(event, start_time=time(9, 0), end_time=time(10, 0))
    a, b = make_participant(event), make_participant(event)
    make_request(a, b)
    person = _pending(client, event)
    make_request(a, person)  # e.g. from an import before the approval was asked for
    data = build_event_input(event)
    assert [p.pk for p in data.participants] == [a.pk, b.pk]
    assert [(r.requester_id, r.requested_id) for r in data.requests] == [(a.pk, b.pk)]
    assert sorted(p.id for p in event_profiles(event)) == sorted([str(a.pk), str(b.pk)])
    person.registration = "approved"
    person.save()
    assert [p.pk for p in build_event_input(event).participants] == [a.pk, b.pk, person.pk]


@pytest.fixture
def organiser(event):
    user = make_user(first_name="Olga", last_name="Org")
    make_organiser(event, user)
    client = Client()
    client.force_login(user)
    return client


def registrations_url(event, query=""):
    return reverse("orga:registrations", kwargs={"slug": event.slug}) + query


def test_console_lists_pending_registrations_and_approves_one(
    client, event, organiser, django_capture_on_commit_callbacks
):
    person = _pending(client, event)
    text = organiser.get(registrations_url(event)).content.decode()
    assert f'<tr data-person="{person.pk}"><td>Anna Lefèvre</td><td>Vitagora (FR)</td>' in text
    with django_capture_on_commit_callbacks(execute=True):
        response = organiser.post(
            registrations_url(event), {"participant": person.pk, "decision": "approve"}
        )
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.registration == "approved"
    assert [m.to for m in mail.outbox] == [["anna@vitagora.example"]]
    assert mail.outbox[0].subject == "Your registration for Toronto 2019 is approved"
    assert "Anna Lefèvre is approved and told so." in organiser.get(response.url).content.decode()
    assert AuditEntry.objects.filter(verb="approve_registration", actor__isnull=False).count() == 1


def test_console_rejects_with_a_reason_sent_to_the_person(
    client, event, organiser, django_capture_on_commit_callbacks
):
    person = _pending(client, event)
    with django_capture_on_commit_callbacks(execute=True):
        organiser.post(
            registrations_url(event),
            {"participant": person.pk, "decision": "reject", "reason": "Clusters only."},
        )
    person.refresh_from_db()
    assert person.registration == "rejected"
    assert "Their reason: Clusters only." in mail.outbox[0].body
    text = client.get(register_url(event)).content.decode()
    assert "The organisers did not accept your registration for this event." in text
    listed = organiser.get(registrations_url(event, "?state=rejected")).content.decode()
    assert f'data-person="{person.pk}"' in listed


def test_console_approving_twice_is_a_clear_message(client, event, organiser):
    person = _pending(client, event)
    organiser.post(registrations_url(event), {"participant": person.pk, "decision": "approve"})
    response = organiser.post(
        registrations_url(event), {"participant": person.pk, "decision": "approve"}, follow=True
    )
    assert (
        "Anna Lefèvre's registration is approved already: there is nothing to decide."
        in html.unescape(response.content.decode())
    )


def test_console_registrations_refuses_a_participant(client, event):
    person = _pending(client, event)
    response = client.post(
        registrations_url(event), {"participant": person.pk, "decision": "approve"}
    )
    assert response.status_code == 403
    person.refresh_from_db()
    assert person.registration == "pending"


def test_console_navigation_links_registrations(event, organiser):
    text = organiser.get(reverse("orga:dashboard", kwargs={"slug": event.slug})).content.decode()
    assert f'<a href="{registrations_url(event)}">Registrations</a>' in text


def test_console_setup_opens_registration(event, organiser):
    closed = make_event(registration_open=False)
    user = make_user()
    make_organiser(closed, user)
    console = Client()
    console.force_login(user)
    text = console.get(reverse("orga:setup", kwargs={"slug": closed.slug})).content.decode()
    assert 'name="registration_open"' in text and 'name="privacy_terms"' in text
