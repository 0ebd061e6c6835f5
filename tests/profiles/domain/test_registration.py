"""The registration verbs called directly: who may, and what they refuse."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from clustermeet.audit.models import AuditEntry
from clustermeet.events.domain.organisers import make_organiser
from clustermeet.profiles.domain.registration import (
    approve_registration,
    register,
    reject_registration,
)
from tests.factories import make_event, make_participant, make_user

ORGANISATION = {"organisation": "Vitagora", "country": "FR", "kind": "cluster"}


@pytest.mark.django_db
def test_register_closed_event_is_refused_to_the_person_but_not_to_an_organiser():
    event = make_event(name="Toronto 2019", registration_open=False)
    anna, olga = make_user(), make_user()
    make_organiser(event, olga)
    with pytest.raises(PermissionDenied, match="Registration for Toronto 2019 is closed."):
        register(event, anna, consent=True, acting_user=anna, **ORGANISATION)
    person = register(event, anna, consent=True, acting_user=olga, **ORGANISATION)
    entry = AuditEntry.objects.get(verb="register")
    assert (entry.actor, entry.on_behalf_of, person.registration) == (olga, anna, "approved")


@pytest.mark.django_db
def test_register_someone_else_is_refused():
    event = make_event(registration_open=True)
    anna, bo = make_user(), make_user()
    with pytest.raises(PermissionDenied):
        register(event, anna, consent=True, acting_user=bo, **ORGANISATION)


@pytest.mark.django_db
def test_register_unknown_country_and_type_are_named():
    event = make_event(registration_open=True)
    anna = make_user()
    with pytest.raises(ValidationError) as refused:
        register(
            event,
            anna,
            organisation="X",
            country="ZZ",
            kind="guild",
            consent=True,
            acting_user=anna,
        )
    assert refused.value.message_dict == {
        "country": ["Choose your organisation's country from the list."],
        "kind": ["Choose your organisation's type from the list."],
    }


@pytest.mark.django_db
def test_approving_and_rejecting_are_for_organisers_only():
    event = make_event()
    person = make_participant(event, registration="pending")
    with pytest.raises(PermissionDenied):
        approve_registration(person, acting_user=person.user)
    with pytest.raises(PermissionDenied):
        reject_registration(person, acting_user=make_user())
    person.refresh_from_db()
    assert person.registration == "pending"


@pytest.mark.django_db
def test_rejecting_an_approved_participant_is_refused_with_a_sentence():
    person = make_participant(make_event())
    with pytest.raises(ValidationError, match="is approved already: there is nothing to decide"):
        reject_registration(person, acting_user=None)
