"""One row per delegation, country or ecosystem: who came and what their meetings led to.

`participants` and `organisations` count registered people; a held meeting, cooperation case
or agreement counts once for every group that had someone in it (so a row's meetings add up
to more than the event's when groups meet each other). A person in several ecosystems counts
in each.
"""

from __future__ import annotations

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
    data: EventData,
    resolved: dict[int, MeetingOutcome],
    groups: Groups,
) -> tuple[GroupRow, ...]:
    people = {p.id: p for p in data.participants}
    held = [m for m in data.meetings if m.status == MeetingStatus.HELD]
    rows = []
    for group in sorted({g for p in data.participants for g in groups(p)}):
        members = [p for p in data.participants if p.registered and group in groups(p)]
        theirs = [m for m in held if any(group in groups(people[i]) for i in m.participants)]
        outcomes = [resolved[m.id] for m in theirs if m.id in resolved]
        rows.append(
            GroupRow(
                group=group,
                participants=len(members),
                organisations=len({p.organisation for p in members}),
                meetings_held=len(theirs),
                cooperation_cases=sum(o.cooperation for o in outcomes),
                agreements=sum(o.agreement for o in outcomes),
            )
        )
    return tuple(rows)


def group_tables(data: EventData, resolved: dict[int, MeetingOutcome]) -> GroupTables:
    return GroupTables(
        by_delegation=_rows(data, resolved, delegation_of),
        by_country=_rows(data, resolved, country_of),
        by_ecosystem=_rows(data, resolved, ecosystems_of),
    )
