"""The directory and each person's page: filters, who may see them, contact details."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from clustermeet.events.scoping import all_events
from tests.factories import make_item, make_request
from tests.portal.people.conftest import build_fair, client_for

pytestmark = pytest.mark.scoped


def listed(response) -> list[str]:  # type: ignore[no-untyped-def]
    """The names on the directory page, in order."""
    assert response.status_code == 200
    return re.findall(
        r'<h2><a href="/events/[^/]+/participants/\d+/">([^<]+)</a></h2>', response.content.decode()
    )


def test_directory_filters(fair):
    with all_events():
        make_item(fair.ben, "TO", title="Ocean sensors")
        make_item(fair.cleo, "BR", title="Distributors wanted", description="In Europe")
    client = client_for(fair.anna.user)
    url = reverse("portal:participants", args=[fair.event.slug])
    assert listed(client.get(url)) == ["Anna Test", "Ben Test", "Cleo Test"]
    assert listed(client.get(url, {"country": "CA"})) == ["Ben Test", "Cleo Test"]
    assert listed(client.get(url, {"delegation": fair.eu.pk})) == ["Anna Test"]
    assert listed(client.get(url, {"ecosystem": "Digital"})) == ["Ben Test"]
    assert listed(client.get(url, {"kind": "company"})) == ["Cleo Test"]
    assert listed(client.get(url, {"item_kind": "TO"})) == ["Ben Test"]
    assert listed(client.get(url, {"q": "europe"})) == ["Cleo Test"]  # an item's description
    assert listed(client.get(url, {"q": "ocean"})) == ["Ben Test"]
    assert listed(client.get(url, {"country": "CA", "item_kind": "BR"})) == ["Cleo Test"]
    # a value that is not offered is an error on its field, and no filter
    response = client.get(url, {"country": "ZZ"})
    assert (
        "Select a valid choice. ZZ is not one of the available choices."
        in response.content.decode()
    )


def test_directory_is_paginated(fair):
    with all_events():
        from tests.event_world import named

        for n in range(21):
            named(fair.event, f"Extra{n:02}", organisation=fair.anna.organisation)
    client = client_for(fair.anna.user)
    url = reverse("portal:participants", args=[fair.event.slug])
    first, second = client.get(url), client.get(url, {"page": 2})
    assert (len(listed(first)), len(listed(second))) == (20, 4)
    assert "24 participants found" in first.content.decode()
    assert 'rel="next"' in first.content.decode()


def test_directory_is_for_members_and_organisers_only(fair, client):
    url = reverse("portal:participants", args=[fair.event.slug])
    assert client_for(fair.stranger.user).get(url).status_code == 404
    assert client_for(fair.organiser).get(url).status_code == 200
    assert client.get(url).status_code == 302  # to the login page
    person = reverse("portal:participant", args=[fair.event.slug, fair.stranger.pk])
    assert client_for(fair.anna.user).get(person).status_code == 404  # another event's person


def test_contact_details_only_for_agreed_partners(fair):
    with all_events():
        fair.ben.phone = "+1 416 555 0100"
        fair.ben.save()
    page = reverse("portal:participant", args=[fair.event.slug, fair.ben.pk])
    anna = client_for(fair.anna.user)
    text = anna.get(page).content.decode()
    assert fair.ben.user.email not in text and fair.ben.phone not in text
    assert "Contact details show once you have agreed to meet." in text
    with all_events():
        make_request(fair.anna, fair.ben, status="pending")
    assert fair.ben.user.email not in anna.get(page).content.decode()
    with all_events():
        fair.anna.sent_requests.update(status="accepted")
    text = anna.get(page).content.decode()
    assert f'<a href="mailto:{fair.ben.user.email}">' in text and fair.ben.phone in text
    # the directory itself never shows contact details; nor does an organiser's view
    directory = reverse("portal:participants", args=[fair.event.slug])
    assert fair.ben.user.email not in anna.get(directory).content.decode()
    assert fair.ben.user.email not in client_for(fair.organiser).get(page).content.decode()


def test_navigation_links_the_directory_for_participants_only(fair):
    home = reverse("portal:home")
    link = f'<a href="/events/{fair.event.slug}/participants/">Participants</a>'
    assert link in client_for(fair.anna.user).get(home).content.decode()
    assert (
        '/participants/">Participants</a>'
        not in client_for(fair.organiser).get(home).content.decode()
    )


@pytest.mark.parametrize("size", [1, 3])
def test_directory_reads_a_fixed_number_of_queries(db, size):
    with all_events():
        fair = build_fair()
        from tests.event_world import named

        for n in range(size):
            person = named(fair.event, f"Extra{n}", organisation=fair.anna.organisation)
            make_item(person, "TO")
            make_request(fair.anna, person)
    client = client_for(fair.anna.user)
    url = reverse("portal:participants", args=[fair.event.slug])
    client.get(url)  # warm the session
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, {"country": "FR"})
    assert len(listed(response)) == 1 + size
    # scope, session, user, event, participation, countries, delegations, count, page, items,
    # partners, navigation
    assert len(queries) == 12


def test_profile_page_reads_in_the_users_language(fair):
    with all_events():
        org = fair.ben.organisation
        org.nace_codes, org.key_technologies = ["01.12"], ["Advanced materials"]
        org.save()
        fair.ben.languages = ["fr"]
        fair.ben.save()
    page = reverse("portal:participant", args=[fair.event.slug, fair.ben.pk])
    english = client_for(fair.anna.user).get(page).content.decode()
    assert "<code>01.12</code> Growing of rice" in english
    assert "Industrial ecosystems: Digital" in english and "Speaks: French" in english
    french = client_for(fair.anna.user).get(page, HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "<code>01.12</code> Culture du riz" in french


@pytest.mark.parametrize("state", ["pending", "rejected"])
def test_a_registration_not_approved_is_neither_listed_nor_shown(fair, state):
    with all_events():
        fair.cleo.registration = state
        fair.cleo.save(update_fields=["registration"])
    client = client_for(fair.anna.user)
    url = reverse("portal:participants", args=[fair.event.slug])
    assert listed(client.get(url)) == ["Anna Test", "Ben Test"]
    page = reverse("portal:participant", args=[fair.event.slug, fair.cleo.pk])
    assert client.get(page).status_code == 404


def test_a_deleted_account_is_neither_listed_nor_shown_nor_requestable(fair):
    from clustermeet.matchmaking.domain.erasure import erase_account

    with all_events():
        erase_account(fair.cleo.user, fair.cleo.user.email, acting_user=fair.cleo.user)
    client = client_for(fair.anna.user)
    url = reverse("portal:participants", args=[fair.event.slug])
    assert listed(client.get(url)) == ["Anna Test", "Ben Test"]
    page = reverse("portal:participant", args=[fair.event.slug, fair.cleo.pk])
    assert client.get(page).status_code == 404
    with all_events():
        from clustermeet.meetings.domain.requests_policy import registration_refusal

        cleo = type(fair.cleo).objects.select_related("user").get(pk=fair.cleo.pk)
        assert registration_refusal(fair.anna, cleo) == (
            "This person no longer takes part in the event."
        )


def test_countries_languages_and_types_are_named_in_the_pages_language(fair):
    with all_events():
        fair.ben.languages = ["fr"]
        fair.ben.save(update_fields=["languages"])
        make_item(fair.ben, "TO", title="Ocean sensors")
    page = reverse("portal:participant", args=[fair.event.slug, fair.ben.pk])
    client = client_for(fair.anna.user)
    bulgarian = client.get(page, HTTP_ACCEPT_LANGUAGE="bg").content.decode()
    assert "Канада" in bulgarian and "Френски" in bulgarian
    assert "Технологично предложение" in bulgarian  # the item's type
    french = client.get(page, HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Organisation de cluster" in french and "Offre de technologie" in french
