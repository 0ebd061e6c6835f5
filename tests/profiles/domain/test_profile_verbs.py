"""update_profile, the item verbs, the completeness meter and the NACE search."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from clustermeet.audit.models import AuditEntry
from clustermeet.matchmaking.domain.profiles import event_profiles
from clustermeet.profiles.domain.completeness import completeness
from clustermeet.profiles.domain.items import add_item, edit_item, withdraw_item
from clustermeet.profiles.domain.nace import search_nace
from clustermeet.profiles.domain.profile import update_profile
from clustermeet.profiles.domain.reminders import EMPTY_PROFILE, bookability
from clustermeet.profiles.models import Item
from tests.event_world import last_entry, named

pytestmark = pytest.mark.django_db


def test_update_profile_changes_person_and_organisation_with_audit(world):
    anna = world.anna
    old_name = anna.organisation.name
    changed = update_profile(
        anna,
        {"job_title": "Cluster manager", "name": "Agri Cluster", "ecosystems": ["Agri-food"]},
        acting_user=anna.user,
    )
    assert changed == ["job_title", "organisation.ecosystems", "organisation.name"]
    anna.refresh_from_db()
    anna.organisation.refresh_from_db()
    assert (anna.job_title, anna.organisation.name) == ("Cluster manager", "Agri Cluster")
    entry = last_entry("update_profile")
    assert entry.actor == anna.user
    assert entry.before == {
        "job_title": "",
        "organisation.name": old_name,
        "organisation.ecosystems": [],
    }


def test_update_profile_errors_name_the_field(world):
    with pytest.raises(ValidationError) as caught:
        update_profile(
            world.anna,
            {"country": "Narnia", "ecosystems": ["Space wizards"], "name": ""},
            acting_user=world.anna.user,
        )
    errors = caught.value.message_dict
    assert sorted(errors) == ["country", "ecosystems", "name"]
    assert errors["country"][0].startswith("Country: 'Narnia' is not an ISO 3166")
    assert errors["ecosystems"][0].startswith("Industrial ecosystems: Unknown")
    assert errors["name"][0].startswith("Organisation name:")
    with pytest.raises(ValidationError, match="'colour' is not a profile field"):
        update_profile(world.anna, {"colour": "blue"}, acting_user=world.anna.user)
    assert AuditEntry.objects.filter(verb="update_profile").count() == 0


def test_any_member_of_the_organisation_may_edit_it_others_may_not(world):
    colleague = named(world.event, "Carl", organisation=world.anna.organisation)
    update_profile(world.anna, {"description": "We grow things."}, acting_user=colleague.user)
    world.anna.organisation.refresh_from_db()
    assert world.anna.organisation.description == "We grow things."
    assert last_entry("update_profile").actor == colleague.user
    with pytest.raises(PermissionDenied, match="Only the people of"):
        update_profile(colleague, {"description": "Hijacked"}, acting_user=world.ben.user)
    # an organiser may, on the member's behalf
    update_profile(world.anna, {"job_title": "CEO"}, acting_user=world.organiser)
    assert last_entry("update_profile").on_behalf_of == world.anna.user


def test_items_are_added_edited_and_withdrawn_with_audit(world):
    anna = world.anna
    item = add_item(
        anna, {"kind": "TO", "title": "Plant protein", "keywords": ["pea"]}, acting_user=anna.user
    )
    with pytest.raises(ValidationError) as caught:
        add_item(anna, {"kind": "TR", "title": "Plant protein"}, acting_user=anna.user)
    assert caught.value.message_dict["title"][0].startswith("Title: you already have")
    with pytest.raises(ValidationError) as caught:
        add_item(anna, {"kind": "XX", "title": "Other"}, acting_user=anna.user)
    assert list(caught.value.message_dict) == ["kind"]
    edit_item(item, {"title": "Pea protein"}, acting_user=anna.user)
    assert last_entry("edit_item").before == {"title": "Plant protein"}
    with pytest.raises(PermissionDenied):
        withdraw_item(item, acting_user=world.ben.user)
    withdraw_item(item, acting_user=anna.user)
    assert Item.objects.count() == 0
    entry = last_entry("withdraw_item")
    assert (entry.before["title"], entry.before["kind"], entry.after) == ("Pea protein", "TO", {})


def test_withdrawn_item_leaves_matching(world):
    item = add_item(world.anna, {"kind": "TO", "title": "Drones"}, acting_user=world.anna.user)
    before = {p.id: [i.title for i in p.items] for p in event_profiles(world.event)}
    assert before[str(world.anna.pk)] == ["Drones"]
    withdraw_item(item, acting_user=world.anna.user)
    after = {p.id: [i.title for i in p.items] for p in event_profiles(world.event)}
    assert after[str(world.anna.pk)] == []


def test_completeness_counts_the_parts_and_names_what_is_missing(world):
    anna = world.anna
    assert completeness(anna).percent == 0
    update_profile(
        anna,
        {
            "job_title": "Manager",
            "description": "A cluster.",
            "ecosystems": ["Digital"],
            "nace_codes": ["62.01"],
        },
        acting_user=anna.user,
    )
    now = completeness(anna)
    assert now.percent == 50
    assert [p.step for p in now.missing] == ["technologies", "languages", "items"]
    update_profile(
        anna,
        {"key_technologies": ["Artificial intelligence"], "languages": ["en"]},
        acting_user=anna.user,
    )
    add_item(anna, {"kind": "BO", "title": "Software"}, acting_user=anna.user)
    assert completeness(anna).percent == 100


def test_empty_profile_is_the_same_rule_for_the_meter_and_the_unbookable_list(world):
    problems = {b.participant.pk: b.problems for b in bookability(world.event)}
    assert EMPTY_PROFILE in problems[world.anna.pk]
    update_profile(world.anna, {"job_title": "Manager"}, acting_user=world.anna.user)
    problems = {b.participant.pk: b.problems for b in bookability(world.event)}
    assert EMPTY_PROFILE not in problems[world.anna.pk]


def test_nace_search_in_three_languages():
    # 01.11 is "cereals (except rice)": the words are there, so it is found too
    assert [(c.code, c.title) for c in search_nace("riz", "fr")] == [
        (
            "01.11",
            "Culture de céréales (à l'exception du riz), de légumineuses et de graines "
            "oléagineuses",
        ),
        ("01.12", "Culture du riz"),
    ]
    assert [c.code for c in search_nace("ориз", "bg")] == ["01.11", "01.12"]
    assert [c.code for c in search_nace("growing rice", "en")] == ["01.11", "01.12"]
    assert [c.code for c in search_nace("peche", "fr")][:3] == ["A", "03", "03.1"]  # no accents
    assert [(c.code, c.title) for c in search_nace("62.01", "bg")] == [
        ("62.01", "Компютърно програмиране")
    ]
    assert search_nace("", "en") == []
