"""What the public event page shows: delegations, their countries and organisations."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from clustermeet.events.models import Event, Slot
from clustermeet.profiles.models import Organisation, Participant


@dataclass
class OrganisationEntry:
    organisation: Organisation
    people: int
    offers: int
    requests: int


@dataclass
class DelegationEntry:
    name: str
    description: str
    organisations: list[OrganisationEntry] = field(default_factory=list)

    @property
    def countries(self) -> list[str]:
        return sorted({e.organisation.country_name for e in self.organisations})

    @property
    def people(self) -> int:
        return sum(e.people for e in self.organisations)

    def country_bars(self) -> list[tuple[str, int, int]]:
        """(country, organisations, bar width in percent of the largest), largest first."""
        counts = Counter(e.organisation.country_name for e in self.organisations)
        top = max(counts.values(), default=1)
        return [
            (c, n, round(100 * n / top))
            for c, n in sorted(counts.items(), key=lambda x: (-x[1], x[0]))
        ]

    def count_by_kind(self) -> list[tuple[str, int]]:
        counts = Counter(e.organisation.get_kind_display() for e in self.organisations)
        return counts.most_common()


@dataclass
class EventOverview:
    event: Event
    delegations: list[DelegationEntry]
    participants: int
    organisations: int
    countries: int
    sessions: int
    slots: int
    tables: int


def event_overview(event: Event) -> EventOverview:
    """A fixed number of queries, however large the event."""
    participants = list(
        Participant.objects.filter(event=event)
        .select_related("organisation", "delegation")
        .prefetch_related("items")
    )
    names = {d.pk: d for d in event.delegations.all()}
    grouped: dict[int | None, dict[int, OrganisationEntry]] = defaultdict(dict)
    for p in participants:
        entries = grouped[p.delegation_id]
        entry = entries.get(p.organisation_id)
        if entry is None:
            entry = entries[p.organisation_id] = OrganisationEntry(p.organisation, 0, 0, 0)
        entry.people += 1
        for item in p.items.all():
            if item.kind.endswith("O"):
                entry.offers += 1
            else:
                entry.requests += 1
    delegations = []
    for key, entries in grouped.items():
        d = names.get(key) if key is not None else None
        entry_list = sorted(
            entries.values(), key=lambda e: (e.organisation.country_name, e.organisation.name)
        )
        delegations.append(
            DelegationEntry(
                d.name if d else "Other participants", d.description if d else "", entry_list
            )
        )
    delegations.sort(key=lambda d: (-len(d.organisations), d.name))
    organisations = {p.organisation_id: p.organisation for p in participants}
    return EventOverview(
        event=event,
        delegations=delegations,
        participants=len(participants),
        organisations=len(organisations),
        countries=len({o.country for o in organisations.values()}),
        sessions=event.sessions.count(),
        slots=Slot.objects.filter(session__event=event).count(),
        tables=event.tables.count(),
    )
