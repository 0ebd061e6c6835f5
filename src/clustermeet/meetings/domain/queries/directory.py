"""The event's directory: its participants, searched and filtered, one page at a time, in a
fixed number of queries whatever the page's length; each person through `redacted_profile`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from django.core.paginator import Page, Paginator
from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet

from clustermeet.events.models import Event
from clustermeet.meetings.domain.contacts import agreed_partner_ids
from clustermeet.meetings.domain.queries.profiles import RedactedProfile, redacted_profile
from clustermeet.profiles.enums import Registration
from clustermeet.profiles.models import Item, Participant

PER_PAGE = 20


@dataclass(frozen=True)
class DirectoryFilters:
    text: str = ""
    country: str = ""
    delegation: int | None = None
    ecosystem: str = ""
    kind: str = ""  # organisation type
    item_kind: str = ""

    @property
    def any(self) -> bool:
        return any(
            (self.text, self.country, self.delegation, self.ecosystem, self.kind, self.item_kind)
        )


@dataclass(frozen=True)
class DirectoryEntry:
    participant: Participant
    shown: RedactedProfile
    items: list[Item] = field(default_factory=list)


def _filtered(event: Event, f: DirectoryFilters) -> QuerySet[Participant]:
    # Only approved people with an account are listed: the others cannot be met.
    people = Participant.objects.filter(
        event=event, registration=Registration.APPROVED, user__is_active=True
    )
    if f.country:
        people = people.filter(organisation__country=f.country)
    if f.delegation is not None:
        people = people.filter(delegation_id=f.delegation)
    if f.ecosystem:
        # Lists are stored as JSON text; a quoted value matches one whole entry, on SQLite and
        # PostgreSQL alike (`contains` on a JSON list is PostgreSQL's alone).
        people = people.filter(organisation__ecosystems__icontains=json.dumps(f.ecosystem))
    if f.kind:
        people = people.filter(organisation__kind=f.kind)
    if f.item_kind:
        people = people.filter(
            Exists(Item.objects.filter(participant=OuterRef("pk"), kind=f.item_kind))
        )
    for word in f.text.split():
        in_items = Item.objects.filter(participant=OuterRef("pk")).filter(
            Q(title__icontains=word) | Q(description__icontains=word)
        )
        people = people.filter(
            Q(user__first_name__icontains=word)
            | Q(user__last_name__icontains=word)
            | Q(job_title__icontains=word)
            | Q(organisation__name__icontains=word)
            | Q(organisation__description__icontains=word)
            | Exists(in_items)
        )
    return people


def directory_page(
    event: Event, viewer: Participant | None, filters: DirectoryFilters, page: int | str = 1
) -> Page[DirectoryEntry]:
    """One page of `event`'s participants matching `filters`, as `viewer` may see them."""
    people = (
        _filtered(event, filters)
        .select_related("user", "organisation", "delegation")
        .prefetch_related(Prefetch("items", queryset=Item.objects.order_by("kind", "title")))
        .order_by("organisation__name", "user__last_name", "pk")
    )
    paginator = Paginator(people, PER_PAGE)
    found = paginator.get_page(page)
    partners = agreed_partner_ids(viewer) if viewer is not None else set()
    entries = [
        DirectoryEntry(p, redacted_profile(viewer, p, partners), list(p.items.all()))
        for p in found.object_list
    ]
    return Page(entries, found.number, paginator)  # type: ignore[arg-type]  # same counts


def country_choices(event: Event) -> list[str]:
    """The countries the event's organisations come from (ISO codes, sorted)."""
    codes = event.organisations.values_list("country", flat=True).distinct()
    return sorted(set(codes))
