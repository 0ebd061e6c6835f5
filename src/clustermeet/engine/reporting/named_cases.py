"""The agreements and cooperation cases the report may list by name.

A side of a meeting is one organisation; it is named when one of its people in the meeting
consented (`Participant.named`), and otherwise described only by type and country. A case is
listed when at least one of its sides may be named; agreements come first, then by day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from clustermeet.engine.reporting.inputs import EventData, OrganisationType, OutcomeKind
from clustermeet.engine.reporting.outcomes import MeetingOutcome


@dataclass(frozen=True)
class Side:
    name: str | None  # None: not consented, describe by type and country
    country: str
    organisation_type: OrganisationType


@dataclass(frozen=True)
class NamedCase:
    meeting: int
    kind: OutcomeKind
    day: date
    sides: tuple[Side, ...]


def named_cases(data: EventData, resolved: dict[int, MeetingOutcome]) -> tuple[NamedCase, ...]:
    people = {p.id: p for p in data.participants}
    days = {s.index: s.day for s in data.slots}
    cases = []
    for m in data.meetings:
        outcome = resolved.get(m.id)
        if outcome is None or not outcome.cooperation:
            continue
        organisations: dict[int, list[int]] = {}
        for i in m.participants:
            organisations.setdefault(people[i].organisation, []).append(i)
        sides = []
        for members in organisations.values():
            first = people[members[0]]
            consented = [people[i] for i in members if people[i].named]
            name = consented[0].organisation_name if consented else None
            sides.append(
                Side(name or None, first.country, OrganisationType(first.organisation_type))
            )
        if any(side.name for side in sides):
            cases.append(NamedCase(m.id, outcome.best, days[m.slot], tuple(sides)))
    cases.sort(key=lambda c: (c.kind != OutcomeKind.AGREEMENT, c.day, c.meeting))
    return tuple(cases)
