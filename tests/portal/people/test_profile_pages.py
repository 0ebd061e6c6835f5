"""The profile wizard over HTTP: each step saves through the verbs, the meter follows."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from clustermeet.audit.models import AuditEntry
from clustermeet.events.scoping import all_events
from clustermeet.profiles.models import Item
from tests.portal.people.conftest import client_for

pytestmark = pytest.mark.scoped


def meter(response) -> int:  # type: ignore[no-untyped-def]
    found = re.search(r'data-percent="(\d+)"', response.content.decode())
    assert found, "the page shows no completeness meter"
    return int(found.group(1))


def step_url(fair, step):  # type: ignore[no-untyped-def]
    return reverse("portal:profile-step", args=[fair.event.slug, step])


def test_wizard_steps_save_and_lead_on_until_the_meter_is_full(fair):
    client = client_for(fair.anna.user)
    # the fair gave Agri Cluster its ecosystem: 1 part of 6
    assert meter(client.get(reverse("portal:profile", args=[fair.event.slug]))) == 17
    steps = [
        (
            "organisation",
            {
                "job_title": "Cluster manager",
                "name": "Agri Cluster",
                "kind": "cluster",
                "country": "FR",
                "description": "Plant proteins from Brittany.",
                "website": "agri.example.org",
            },
            "ecosystems",
        ),
        ("ecosystems", {"ecosystems": ["Agri-food", "Health"]}, "nace"),
        ("nace", {"nace_codes": ["10.89", "01.11"]}, "technologies"),
        ("technologies", {"key_technologies": ["Advanced materials"]}, "languages"),
        ("languages", {"languages": ["fr", "en"]}, "countries"),
        ("countries", {"target_countries": ["CA"]}, "items"),
    ]
    for step, data, following in steps:
        response = client.post(step_url(fair, step), data)
        assert response.status_code == 302, response.content.decode()[:500]
        assert response["Location"] == step_url(fair, following)
    items_url = reverse("portal:profile-items", args=[fair.event.slug])
    assert meter(client.get(items_url)) == 83
    response = client.post(
        items_url,
        {"kind": "TO", "title": "Pea protein", "keywords": "pea, extrusion", "language": "en"},
    )
    assert response.status_code == 302
    assert meter(client.get(reverse("portal:profile", args=[fair.event.slug]))) == 100
    with all_events():
        fair.anna.refresh_from_db()
        org = fair.anna.organisation
        org.refresh_from_db()
        assert (org.website, org.nace_codes, fair.anna.target_countries) == (
            "https://agri.example.org",
            ["10.89", "01.11"],
            ["CA"],
        )
        assert Item.objects.get().keywords == ["pea", "extrusion"]
        assert AuditEntry.objects.filter(verb="update_profile").count() == 6


def test_step_errors_name_the_field_and_save_nothing(fair):
    client = client_for(fair.anna.user)
    response = client.post(
        step_url(fair, "organisation"),
        {"name": "", "kind": "cluster", "country": "XX", "website": "not a url"},
    )
    assert response.status_code == 200
    text = response.content.decode()
    assert "Select a valid choice. XX is not one of the available choices." in text
    assert "Enter a valid URL." in text
    assert 'id="id_name_error"' in text or "This field is required." in text
    response = client.post(step_url(fair, "nace"), {"nace_codes": ["99.99.99"]})
    assert "99.99.99 is not one of the available choices" in response.content.decode()
    with all_events():
        assert AuditEntry.objects.filter(verb="update_profile").count() == 0


def test_nace_search_speaks_the_users_language(fair):
    client = client_for(fair.anna.user)
    url = step_url(fair, "nace")
    french = client.get(url, {"q": "riz"}, HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert 'value="01.12"> <code>01.12</code> Culture du riz' in french
    bulgarian = client.get(url, {"q": "ориз"}, HTTP_ACCEPT_LANGUAGE="bg").content.decode()
    assert "<code>01.12</code> Отглеждане на ориз" in bulgarian
    english = client.get(url, {"q": "rice"}).content.decode()
    assert "<code>01.12</code> Growing of rice" in english


def test_item_edit_and_withdraw_and_it_leaves_the_directory(fair):
    client = client_for(fair.anna.user)
    items_url = reverse("portal:profile-items", args=[fair.event.slug])
    client.post(items_url, {"kind": "TR", "title": "Cold chain", "language": "en"})
    with all_events():
        item = Item.objects.get()
    edit = reverse("portal:edit-item", args=[fair.event.slug, item.pk])
    assert (
        client.post(
            edit, {"kind": "TR", "title": "Cold chain logistics", "language": "en"}
        ).status_code
        == 302
    )
    directory = reverse("portal:participants", args=[fair.event.slug])
    ben = client_for(fair.ben.user)
    assert "Cold chain logistics" in ben.get(directory).content.decode()
    withdraw = reverse("portal:withdraw-item", args=[fair.event.slug, item.pk])
    assert client.get(withdraw).status_code == 405  # a change is a POST
    client.post(withdraw)  # without the button's confirmation: nothing
    assert "Cold chain logistics" in ben.get(directory).content.decode()
    assert client.post(withdraw, {"confirm": "1"}).status_code == 302
    assert "Cold chain" not in ben.get(directory).content.decode()
    assert "Cold chain" not in ben.get(directory, {"item_kind": "TR"}).content.decode()
    with all_events():
        assert Item.objects.count() == 0
        assert (
            AuditEntry.objects.get(verb="withdraw_item").before["title"] == "Cold chain logistics"
        )
    # someone else's item is not found, withdrawn or not
    assert client_for(fair.ben.user).post(withdraw, {"confirm": "1"}).status_code == 404


def test_duplicate_item_title_is_refused_on_the_field(fair):
    client = client_for(fair.anna.user)
    items_url = reverse("portal:profile-items", args=[fair.event.slug])
    client.post(items_url, {"kind": "TR", "title": "Cold chain", "language": "en"})
    response = client.post(items_url, {"kind": "TO", "title": "Cold chain", "language": "en"})
    assert response.status_code == 200
    assert (
        "Title: you already have an item with this title; choose another."
        in response.content.decode()
    )


def test_colleague_sees_that_the_organisation_is_shared(fair):
    with all_events():
        from tests.event_world import named

        named(fair.event, "Carl", organisation=fair.anna.organisation)
    text = client_for(fair.anna.user).get(step_url(fair, "organisation")).content.decode()
    assert "Shared with 1 colleague" in text


def test_profile_pages_are_404_for_another_events_people(fair):
    client = client_for(fair.stranger.user)
    for url in (
        reverse("portal:profile", args=[fair.event.slug]),
        step_url(fair, "organisation"),
        reverse("portal:profile-items", args=[fair.event.slug]),
    ):
        assert client.get(url).status_code == 404
    assert client_for(fair.anna.user).get(step_url(fair, "nonsense")).status_code == 404
