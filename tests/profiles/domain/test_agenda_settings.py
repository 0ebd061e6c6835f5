"""A participant's own settings: time zone and consent to be named; each the person's own."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from clustermeet.profiles.domain.agenda_settings import set_named_in_report, set_time_zone
from tests.event_world import last_entry

pytestmark = pytest.mark.django_db


def test_time_zone_is_set_by_the_person_and_audited(world):
    set_time_zone(world.anna, " Europe/Sofia ", acting_user=world.anna.user)
    world.anna.refresh_from_db()
    assert world.anna.time_zone == "Europe/Sofia"
    assert last_entry("set_time_zone").after == {"time_zone": "Europe/Sofia"}


def test_time_zone_of_another_person_is_refused(world):
    with pytest.raises(PermissionDenied, match="Only the person themselves"):
        set_time_zone(world.anna, "Europe/Sofia", acting_user=world.ben.user)


def test_time_zone_an_organiser_sets_is_on_the_persons_behalf(world):
    set_time_zone(world.anna, "Europe/Paris", acting_user=world.organiser)
    assert last_entry("set_time_zone").on_behalf_of == world.anna.user


def test_time_zone_that_does_not_exist_is_refused(world):
    with pytest.raises(ValidationError, match="'Europe/Atlantis' is not a time zone"):
        set_time_zone(world.anna, "Europe/Atlantis", acting_user=world.anna.user)


def test_consent_of_another_person_is_refused(world):
    with pytest.raises(PermissionDenied):
        set_named_in_report(world.anna, True, acting_user=world.ben.user)
    world.anna.refresh_from_db()
    assert world.anna.named_in_report is False
