"""The demo event loads from its fixture and its public page shows the two delegations."""

import pytest
from django.urls import reverse

from clustermeet.demo.load import PARTICIPANT_PASSWORD, load_demo
from clustermeet.events.scoping import all_events
from clustermeet.profiles.domain.overview import event_overview

SUPERCLUSTERS = (
    "Protein Industries",
    "Ocean",
    "Digital Technology",
    "Advanced Manufacturing",
    "SCALE.AI",
)


@pytest.fixture(scope="module")
def loaded(django_db_setup, django_db_blocker):
    """Loaded once for the module (it takes seconds); the tests only read it."""
    with django_db_blocker.unblock(), all_events():
        yield load_demo()
        from django.core.management import call_command

        call_command("flush", interactive=False, verbosity=0)  # leave nothing for later tests


@pytest.fixture
def demo(loaded, db):
    return loaded


def test_demo_eu_delegation_has_27_organisations_from_16_countries(demo):
    event, _ = demo
    delegations = {d.name: d for d in event_overview(event).delegations}
    eu = delegations["EU delegation"]
    assert sum(e.organisation.kind == "cluster" for e in eu.organisations) == 27
    assert len(eu.countries) == 16


def test_demo_canada_has_the_five_superclusters(demo):
    event, _ = demo
    canada = {d.name: d for d in event_overview(event).delegations}["Canada"]
    names = [e.organisation.name for e in canada.organisations]
    for supercluster in SUPERCLUSTERS:
        assert any(supercluster in name for name in names), supercluster


def test_demo_has_about_a_hundred_participants_and_requests(demo):
    event, logins = demo
    assert 90 <= event.participants.count() <= 120
    assert event.requests.filter(status="accepted").count() >= 150
    assert logins.organiser and len(logins.participants) == 3


def test_demo_loads_again_without_duplicates(demo):
    from clustermeet.profiles.models import Organisation, Participant

    before = (Participant.objects.count(), Organisation.objects.count())
    load_demo()  # inside this test's transaction: rolled back afterwards
    assert (Participant.objects.count(), Organisation.objects.count()) == before


def test_demo_page_renders_delegations_and_participant_can_log_in(client, demo):
    event, logins = demo
    text = client.get(reverse("portal:event", args=[event.slug])).content.decode()
    assert 'data-delegation="EU delegation"' in text and 'data-delegation="Canada"' in text
    assert client.login(username=logins.participants[0], password=PARTICIPANT_PASSWORD)
    assert event.name in client.get(reverse("portal:home")).content.decode()


def test_demo_organiser_reaches_admin(client, demo):
    event, logins = demo
    from clustermeet.demo.load import ORGANISER_PASSWORD

    assert client.login(username=logins.organiser, password=ORGANISER_PASSWORD)
    response = client.get(reverse("admin:profiles_participant_changelist"))
    assert response.status_code == 200
    assert response.context["cl"].result_count == event.participants.count()


def test_every_model_has_a_working_admin_page_for_the_organiser(client, demo):
    from django.contrib import admin

    from clustermeet.demo.load import ORGANISER_PASSWORD

    event, logins = demo
    client.login(username=logins.organiser, password=ORGANISER_PASSWORD)
    ours = [
        m for m in admin.site._registry if m._meta.app_label in ("events", "profiles", "meetings")
    ]
    assert {m.__name__ for m in ours} >= {
        "Event",
        "Session",
        "Slot",
        "Table",
        "Delegation",
        "Organisation",
        "Participant",
        "Item",
        "Request",
        "Schedule",
        "Meeting",
        "Outcome",
    }
    for model in ours:
        prefix = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        assert client.get(reverse(f"{prefix}_changelist")).status_code == 200, model
        # Organisers add people by importing them; the admin's add page is the administrator's.
        expected = 403 if model.__name__ == "Participant" else 200
        assert client.get(reverse(f"{prefix}_add")).status_code == expected, model
    participant = event.participants.first()
    url = reverse("admin:profiles_participant_change", args=[participant.pk])
    assert client.get(url).status_code == 200
