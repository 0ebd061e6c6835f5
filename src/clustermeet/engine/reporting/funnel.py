"""The funnel from registration to agreements.

Each stage has two numbers:

- `participants` follows one cohort of people, so it never grows from one stage to the next:
  a stage counts the people of the stage before who also meet its own rule;
- `items` counts the stage's own things (people, requests or meetings), whoever they involve,
  so it is what the rest of the report calls by that name.

| stage | a participant reaches it (after the stage before) when | items |
|---|---|---|
| registered | registered | registered participants |
| profile_complete | their profile is complete | such participants |
| requests | they sent or received a request | requests, any status |
| accepted | one of those requests was accepted | accepted requests |
| scheduled | they sit in a meeting not cancelled | placed meetings |
| held | they sat in a held meeting | held meetings |
| outcomes | a held meeting of theirs has an outcome report | held meetings with a report |
| cooperation | a meeting of theirs is a cooperation case | cooperation cases |
| agreements | a meeting of theirs is an agreement | agreements |

Cooperation cases and agreements follow outcomes.py (the most a side reported counts).
"""

from __future__ import annotations

from dataclasses import dataclass

from clustermeet.engine.reporting.inputs import (
    EventData,
    Meeting,
    MeetingStatus,
    RequestStatus,
)
from clustermeet.engine.reporting.outcomes import MeetingOutcome

STAGES: tuple[str, ...] = (
    "registered",
    "profile_complete",
    "requests",
    "accepted",
    "scheduled",
    "held",
    "outcomes",
    "cooperation",
    "agreements",
)


@dataclass(frozen=True)
class FunnelStage:
    stage: str
    participants: int
    items: int


def _seated(meetings: list[Meeting]) -> set[int]:
    return {p for m in meetings for p in m.participants}


def funnel(data: EventData, resolved: dict[int, MeetingOutcome]) -> tuple[FunnelStage, ...]:
    registered = {p.id for p in data.participants if p.registered}
    complete = {p.id for p in data.participants if p.registered and p.profile_complete}
    asked = {who for r in data.requests for who in (r.requester, r.requested)}
    accepted_requests = [r for r in data.requests if r.status == RequestStatus.ACCEPTED]
    accepted = {who for r in accepted_requests for who in (r.requester, r.requested)}
    placed = [m for m in data.meetings if m.status != MeetingStatus.CANCELLED]
    held = [m for m in placed if m.status == MeetingStatus.HELD]
    reported = [m for m in held if m.id in resolved]
    cooperation = [m for m in reported if resolved[m.id].cooperation]
    agreements = [m for m in cooperation if resolved[m.id].agreement]
    rules: list[tuple[set[int], int]] = [
        (registered, len(registered)),
        (complete, len(complete)),
        (asked, len(data.requests)),
        (accepted, len(accepted_requests)),
        (_seated(placed), len(placed)),
        (_seated(held), len(held)),
        (_seated(reported), len(reported)),
        (_seated(cooperation), len(cooperation)),
        (_seated(agreements), len(agreements)),
    ]
    cohort = registered
    stages = []
    for stage, (people, items) in zip(STAGES, rules, strict=True):
        cohort = cohort & people
        stages.append(FunnelStage(stage, len(cohort), items))
    return tuple(stages)
