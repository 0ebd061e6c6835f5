"""What each held meeting led to, when its sides may report different things.

Rules (the same everywhere in the report):

- Only held meetings count; reports on meetings not held (scheduled, no-show, cancelled) are
  counted apart as `reports_on_unheld` so the organiser can reconcile them.
- A meeting's outcome is the most a side reported, in the order none < informative <
  cooperation possible < agreement: one side's "agreement" makes an agreement even when the
  other side said "none" (it is then also counted as a disagreement).
- A **cooperation case** is a held meeting where at least one side reported cooperation
  possible or agreement (so every agreement is also a cooperation case).
- An **agreement** is a held meeting where at least one side reported an agreement; it is
  **confirmed** when every participant of the meeting reported an agreement.
- A **disagreement** is a held meeting with two or more reports that differ.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from clustermeet.engine.reporting.inputs import EventData, MeetingStatus, OutcomeKind

RANK: dict[OutcomeKind, int] = {
    OutcomeKind.NONE: 0,
    OutcomeKind.INFORMATIVE: 1,
    OutcomeKind.COOPERATION_POSSIBLE: 2,
    OutcomeKind.AGREEMENT: 3,
}


@dataclass(frozen=True)
class MeetingOutcome:
    meeting: int
    best: OutcomeKind
    reports: int
    confirmed: bool
    disagreement: bool

    @property
    def cooperation(self) -> bool:
        return RANK[self.best] >= RANK[OutcomeKind.COOPERATION_POSSIBLE]

    @property
    def agreement(self) -> bool:
        return self.best == OutcomeKind.AGREEMENT


@dataclass(frozen=True)
class OutcomeCounts:
    meetings_with_outcome: int
    cooperation_cases: int
    agreements: int
    confirmed_agreements: int
    disagreements: int
    reports: int
    reports_on_unheld: int


def resolve_outcomes(data: EventData) -> dict[int, MeetingOutcome]:
    """Held meeting id -> its outcome, for the held meetings somebody reported on."""
    held = {m.id: m for m in data.meetings if m.status == MeetingStatus.HELD}
    kinds: dict[int, list[OutcomeKind]] = defaultdict(list)
    for o in data.outcomes:
        if o.meeting in held:
            kinds[o.meeting].append(OutcomeKind(o.kind))
    result: dict[int, MeetingOutcome] = {}
    for meeting_id, reported in kinds.items():
        everyone = len(reported) == len(held[meeting_id].participants)
        result[meeting_id] = MeetingOutcome(
            meeting=meeting_id,
            best=max(reported, key=RANK.__getitem__),
            reports=len(reported),
            confirmed=everyone and all(k == OutcomeKind.AGREEMENT for k in reported),
            disagreement=len(set(reported)) > 1,
        )
    return result


def count_outcomes(data: EventData, resolved: dict[int, MeetingOutcome]) -> OutcomeCounts:
    outcomes = list(resolved.values())
    reports = sum(o.reports for o in outcomes)
    return OutcomeCounts(
        meetings_with_outcome=len(outcomes),
        cooperation_cases=sum(o.cooperation for o in outcomes),
        agreements=sum(o.agreement for o in outcomes),
        confirmed_agreements=sum(o.agreement and o.confirmed for o in outcomes),
        disagreements=sum(o.disagreement for o in outcomes),
        reports=reports,
        reports_on_unheld=len(data.outcomes) - reports,
    )
