"""One row per delegation, country or ecosystem: who came and what their meetings led to.

`participants` and `organisations` count registered people; a held meeting, cooperation case
or agreement counts once for every group that had someone in it (so a row's meetings add up
to more than the event's when groups meet each other). A person in several ecosystems counts
in each.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from clustermeet.engine.reporting.inputs import EventData, MeetingStatus
from clustermeet.engine.reporting.mixing import Groups, country_of, delegation_of, ecosystems_of
from clustermeet.engine.reporting.outcomes import MeetingOutcome


@dataclass(frozen=True)
class GroupRow:
    group: str
    participants: int
    organisations: int
    meetings_held: int
    cooperation_cases: int
    agreements: int


@dataclass(frozen=True)
class GroupTables:
    by_delegation: tuple[GroupRow, ...]
    by_country: tuple[GroupRow, ...]
    by_ecosystem: tuple[GroupRow, ...]


def _rows(
    data: EventData, resolved: dict[int, MeetingOutcome], groups: Groups
) -> tuple[GroupRow, ...]:
    people = {p.id: p for p in data.participants}
    members: dict[str, set[int]] = defaultdict(set)
    organisations: dict[str, set[int]] = defaultdict(set)
    for p in data.participants:
        for group in groups(p):
            members.setdefault(group, set())  # a row even for unregistered people only
            if p.registered:
                members[group].add(p.id)
                organisations[group].add(p.organisation)
    held: Counter[str] = Counter()
    cooperation: Counter[str] = Counter()
    agreements: Counter[str] = Counter()
    for m in data.meetings:
        if m.status != MeetingStatus.HELD:
            continue
        outcome = resolved.get(m.id)
        for group in {g for i in m.participants for g in groups(people[i])}:
            held[group] += 1
            cooperation[group] += outcome is not None and outcome.cooperation
            agreements[group] += outcome is not None and outcome.agreement
    return tuple(
        GroupRow(
            group=group,
            participants=len(members[group]),
            organisations=len(organisations[group]),
            meetings_held=held[group],
            cooperation_cases=cooperation[group],
            agreements=agreements[group],
        )
        for group in sorted(members)
    )


def group_tables(data: EventData, resolved: dict[int, MeetingOutcome]) -> GroupTables:
    return GroupTables(
        by_delegation=_rows(data, resolved, delegation_of),
        by_country=_rows(data, resolved, country_of),
        by_ecosystem=_rows(data, resolved, ecosystems_of),
    )
