"""Stored participants as the matcher engine's plain profiles, in a fixed number of queries."""

from __future__ import annotations

from clustermeet.engine.matching import Item, Profile
from clustermeet.events.models import Event
from clustermeet.profiles.models import Participant


def event_profiles(event: Event) -> list[Profile]:
    participants = (
        Participant.objects.filter(event=event)
        .select_related("organisation", "delegation", "user")
        .prefetch_related("items")
        .order_by("pk")
    )
    return [as_profile(p) for p in participants]


def as_profile(participant: Participant) -> Profile:
    org = participant.organisation
    return Profile(
        id=str(participant.pk),
        name=org.name,
        organisation=str(org.pk),
        country=org.country,
        kind=org.kind,
        delegation=participant.delegation.name if participant.delegation else "",
        description=org.description,
        ecosystems=tuple(org.ecosystems),
        nace_codes=tuple(org.nace_codes),
        key_technologies=tuple(org.key_technologies),
        target_countries=tuple(participant.target_countries),
        items=tuple(
            Item(id=str(i.pk), kind=i.kind, title=i.title, description=i.description,
                 language=i.language, keywords=tuple(i.keywords))
            for i in participant.items.all()
        ),
    )
