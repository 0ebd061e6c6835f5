"""Learning from the event itself: what a participant said and did re-weights their later
recommendations.

Each signal is about one other profile (a "no thanks", a declined or accepted request, a
meeting's recorded outcome); it moves every candidate by how much that candidate resembles
the profile the signal is about, up for a good signal, down for a bad one (Rocchio's
relevance feedback, on the pool's calibrated profile likeness). The signal's own target is
usually already ruled out by the policy; it is the look-alikes that move.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from clustermeet.engine.matching.pool import Floats, Ints, Pool

# What each signal says, from the participant's side, in units of STRENGTH.
NO_THANKS = "no_thanks"
DECLINED_BY_ME = "declined_by_me"  # I declined their request
DECLINED_ME = "declined_me"  # they declined my request
ACCEPTED = "accepted"  # a request between us was accepted, either way
MUST_MEET, MEET = "must_meet", "meet"
GOOD_OUTCOME = "good_outcome"  # a meeting that led to cooperation or an agreement
POOR_OUTCOME = "poor_outcome"  # a meeting I reported as leading to nothing
SIGNALS: dict[str, float] = {
    NO_THANKS: -1.0,
    DECLINED_BY_ME: -1.0,
    DECLINED_ME: -0.5,
    POOR_OUTCOME: -0.5,
    ACCEPTED: 0.5,
    MEET: 0.5,
    MUST_MEET: 1.0,
    GOOD_OUTCOME: 1.0,
}
STRENGTH = 0.15  # the most a fused score (0..1) can move, with every signal agreeing
UNRELATED = 0.2  # calibrated likeness of unrelated profiles: below it, no resemblance counts


@dataclass(frozen=True)
class Signal:
    participant: str  # whose recommendations it re-weights
    target: str  # the profile it is about
    kind: str  # a key of SIGNALS

    @property
    def weight(self) -> float:
        return SIGNALS[self.kind]


def by_participant(signals: Iterable[Signal]) -> dict[str, list[Signal]]:
    out: dict[str, list[Signal]] = {}
    for s in signals:
        if s.kind not in SIGNALS:
            raise ValueError(
                f"unknown feedback signal {s.kind!r}; expected one of {', '.join(SIGNALS)}"
            )
        if s.participant != s.target:
            out.setdefault(s.participant, []).append(s)
    return out


def adjustment(
    pool: Pool, index: Mapping[str, int], signals: Sequence[Signal], candidates: Ints
) -> Floats:
    """Per candidate, the shift of its fused score: STRENGTH times the weighted mean, over
    the signals, of its resemblance (0..1) to each signal's target."""
    shift = np.zeros(len(candidates), dtype=np.float32)
    total = 0.0
    for s in signals:
        t = index.get(s.target)
        if t is None:
            continue
        likeness = pool.profile_similarity(t, candidates)
        resemblance = np.clip((likeness - UNRELATED) / (1 - UNRELATED), 0.0, 1.0)
        shift += np.float32(s.weight) * resemblance.astype(np.float32)
        total += abs(s.weight)
    if total == 0:
        return shift
    out: Floats = (STRENGTH * shift / max(total, 1.0)).astype(np.float32)
    return out
