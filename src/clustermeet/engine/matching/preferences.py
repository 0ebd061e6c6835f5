"""Marks people put on each other, and the organiser's 'propose meetings' step: marks and
scores become weighted requests for the scheduler.

'No thanks' on either side rules the pair out; 'must meet' and 'meet' raise the priority;
mutual interest (both marked, or both in each other's lists) is kept as a flag.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from clustermeet.engine.matching.matcher import Recommendation

MUST_MEET, MEET, NO_THANKS = "must_meet", "meet", "no_thanks"
MARK_PRIORITY = {MUST_MEET: 3, MEET: 2}
RECOMMENDED = 1  # priority of an unmarked pair proposed from the scores alone


@dataclass(frozen=True)
class Mark:
    participant: str
    target: str
    kind: str  # must_meet | meet | no_thanks


@dataclass(frozen=True)
class ProposedRequest:
    requester: str
    requested: str
    priority: int  # 1..3, 3 = must meet (the Request model's scale)
    weight: float  # priority plus the pair's score, for the scheduler's objective
    mutual: bool
    reason: str


def declined_pairs(marks: Iterable[Mark]) -> set[tuple[str, str]]:
    """Pairs to pass to `Policy.blocked`: every 'no thanks', whichever side said it."""
    return {(m.participant, m.target) for m in marks if m.kind == NO_THANKS}


def propose_requests(
    recommendations: Mapping[str, Sequence[Recommendation]],
    marks: Iterable[Mark],
    *,
    per_person: int = 5,
    min_score: float = 0.4,
    existing: Iterable[tuple[str, str]] = (),
) -> list[ProposedRequest]:
    """One proposal per unordered pair, strongest first. `existing` pairs (already requested
    or met) are skipped."""
    marks = list(marks)
    refused = {frozenset(p) for p in declined_pairs(marks)}
    skip = refused | {frozenset(p) for p in existing}
    score: dict[tuple[str, str], float] = {}
    listed: set[tuple[str, str]] = set()
    for person, recs in recommendations.items():
        for rec in recs:
            score[(person, rec.profile_id)] = rec.score
            if rec.rank <= per_person and rec.score >= min_score:
                listed.add((person, rec.profile_id))
    wishes: dict[tuple[str, str], tuple[int, str]] = {}
    for m in marks:
        if m.kind in MARK_PRIORITY:
            wishes[(m.participant, m.target)] = (MARK_PRIORITY[m.kind], m.kind.replace("_", " "))
    for pair in listed:
        wishes.setdefault(pair, (RECOMMENDED, "recommended"))
    best: dict[frozenset[str], ProposedRequest] = {}
    for (a, b), (priority, reason) in wishes.items():
        key = frozenset((a, b))
        if key in skip or a == b:
            continue
        pair_score = max(score.get((a, b), 0.0), score.get((b, a), 0.0))
        mutual = (b, a) in wishes
        proposal = ProposedRequest(a, b, priority, round(priority + pair_score, 4), mutual, reason)
        held = best.get(key)
        if held is None or (proposal.priority, proposal.weight) > (held.priority, held.weight):
            best[key] = proposal
    return sorted(best.values(), key=lambda p: (-p.weight, p.requester, p.requested))
