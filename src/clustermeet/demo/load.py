"""Load the demo event from its fixture and give every demo person a known password."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources

from django.contrib.auth.hashers import make_password
from django.db import transaction

from clustermeet.accounts.models import User
from clustermeet.events.domain.organisers import make_organiser
from clustermeet.events.models import Event
from clustermeet.exchange.event_import import import_event

FIXTURE = "eu_canada_2019.json"
ORGANISER_PASSWORD = "organise-2019"
PARTICIPANT_PASSWORD = "meet-2019"


@dataclass(frozen=True)
class DemoLogins:
    organiser: str
    participants: list[str]


def fixture_data() -> dict:  # type: ignore[type-arg]
    text = resources.files("clustermeet.demo").joinpath(FIXTURE).read_text(encoding="utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


@transaction.atomic
def load_demo() -> tuple[Event, DemoLogins]:
    """(Re)create the demo event; the demo's users get the demo passwords."""
    event = import_event(fixture_data(), acting_user=None, replace=True)
    # One hash for all participants: hashing a hundred passwords would take half a minute.
    participant_hash = make_password(PARTICIPANT_PASSWORD)
    emails = list(event.participants.values_list("user__email", flat=True))
    User.objects.filter(email__in=emails).update(password=participant_hash)
    organisers = list(event.organisers.all())
    for organiser in organisers:
        organiser.set_password(ORGANISER_PASSWORD)
        organiser.save()
        make_organiser(event, organiser)
    return event, DemoLogins(
        organiser=organisers[0].email if organisers else "",
        participants=_sample_logins(event),
    )


def _sample_logins(event: Event) -> list[str]:
    """A few participants worth logging in as: a supercluster, the Sofia cluster, a remote one."""
    picks: list[str] = []
    people = event.participants.select_related("user", "organisation").order_by("user__email")
    for test in (
        lambda p: "supercluster" in p.organisation.name.lower(),
        lambda p: p.organisation.country == "BG",
        lambda p: p.attendance == "remote",
    ):
        found = next((p for p in people if test(p) and p.user.email not in picks), None)
        if found is not None:
            picks.append(found.user.email)
    return picks
