"""For domain tests: an event in the future with two people of different organisations and
an organiser (the `world` fixture; conftests import it), and small helpers."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.utils import timezone

from clustermeet.audit.models import AuditEntry
from clustermeet.events.domain.organisers import make_organiser
from tests.factories import make_event, make_participant, make_user


def future_event(**fields):  # type: ignore[no-untyped-def]
    start = timezone.localdate() + timedelta(days=30)
    return make_event(start_date=start, end_date=start + timedelta(days=1), **fields)


def named(event, first, **fields):  # type: ignore[no-untyped-def]
    user = fields.pop("user", None) or make_user(first_name=first, last_name="Test")
    return make_participant(event, user=user, **fields)


def last_entry(verb):  # type: ignore[no-untyped-def]
    return AuditEntry.objects.filter(verb=verb).order_by("-id").first()


def build_world():  # type: ignore[no-untyped-def]
    event = future_event()
    organiser = make_user(first_name="Olga", last_name="Organiser")
    make_organiser(event, organiser)
    return SimpleNamespace(
        event=event, anna=named(event, "Anna"), ben=named(event, "Ben"), organiser=organiser
    )


@pytest.fixture
def world(db):  # type: ignore[no-untyped-def]
    return build_world()
