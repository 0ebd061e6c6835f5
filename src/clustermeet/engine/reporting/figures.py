"""All the report's figures for one event, computed from its data in one call."""

from __future__ import annotations

from dataclasses import dataclass

from clustermeet.engine.reporting.attendance import MeetingCounts, count_meetings
from clustermeet.engine.reporting.comparison import Comparison, compare
from clustermeet.engine.reporting.funnel import FunnelStage, funnel
from clustermeet.engine.reporting.groups import GroupTables, group_tables
from clustermeet.engine.reporting.inputs import EventData, EventInfo, OrganisationType
from clustermeet.engine.reporting.mixing import Mixing, mixing
from clustermeet.engine.reporting.named_cases import NamedCase, named_cases
from clustermeet.engine.reporting.outcomes import OutcomeCounts, count_outcomes, resolve_outcomes
from clustermeet.engine.reporting.participation import (
    ParticipantLoad,
    histogram,
    participant_loads,
)
from clustermeet.engine.reporting.requests import RequestCounts, count_requests
from clustermeet.engine.reporting.table_use import SlotUse, table_use
from clustermeet.engine.reporting.validation import check_event


@dataclass(frozen=True)
class Headcount:
    """Who came: registered participants, their organisations (`clusters`: of type cluster),
    the organisations' countries (ISO codes, sorted) and the event's meeting days (days with
    at least one slot)."""

    participants: int
    organisations: int
    clusters: int
    countries: tuple[str, ...]
    delegations: int
    days: int


@dataclass(frozen=True)
class Figures:
    info: EventInfo
    headcount: Headcount
    funnel: tuple[FunnelStage, ...]
    meetings: MeetingCounts
    outcomes: OutcomeCounts
    requests: RequestCounts
    loads: tuple[ParticipantLoad, ...]
    held_histogram: tuple[int, ...]  # [k] = participants with k held meetings
    breaks_histogram: tuple[int, ...]  # [k] = participants with k breaks
    table_use: tuple[SlotUse, ...]
    mixing: Mixing
    groups: GroupTables
    named_cases: tuple[NamedCase, ...]
    comparison: Comparison | None


def headcount(data: EventData) -> Headcount:
    came = [p for p in data.participants if p.registered]
    return Headcount(
        participants=len(came),
        organisations=len({p.organisation for p in came}),
        clusters=len(
            {p.organisation for p in came if p.organisation_type == OrganisationType.CLUSTER}
        ),
        countries=tuple(sorted({p.country for p in came})),
        delegations=len({p.delegation for p in came if p.delegation}),
        days=len({s.day for s in data.slots}),
    )


def compute_figures(data: EventData) -> Figures:
    """Check the data (ReportInputError names the first problem), then compute every figure."""
    check_event(data)
    resolved = resolve_outcomes(data)
    loads = participant_loads(data)
    meetings = count_meetings(data)
    return Figures(
        info=data.info,
        headcount=headcount(data),
        funnel=funnel(data, resolved),
        meetings=meetings,
        outcomes=count_outcomes(data, resolved),
        requests=count_requests(data),
        loads=loads,
        held_histogram=histogram([load.held for load in loads]),
        breaks_histogram=histogram([load.breaks for load in loads]),
        table_use=table_use(data),
        mixing=mixing(data),
        groups=group_tables(data, resolved),
        named_cases=named_cases(data, resolved),
        comparison=compare(data.baseline, meetings.placed, loads),
    )
