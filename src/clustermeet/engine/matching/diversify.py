"""Maximal marginal relevance: each next pick trades score against likeness to those already
picked, so a top 10 is not ten copies of one kind of organisation."""

from __future__ import annotations

import numpy as np

from clustermeet.engine.matching.pool import Floats, Ints, Pool

DIVERSITY = 0.15  # weight of likeness to earlier picks; 0 keeps the plain score order
PER_ORGANISATION = 2  # colleagues from one organisation: at most this many in one list


def diversify(pool: Pool, candidates: Ints, scores: Floats, top: int,
              diversity: float = DIVERSITY) -> list[int]:
    """Positions into `candidates`, best first, at most `top`."""
    order = np.argsort(-scores, kind="stable")[: max(top * 3, top)]
    if diversity <= 0 or len(order) <= 1:
        return _cap_per_organisation(pool, candidates, [int(i) for i in order], top)
    members = candidates[order]
    likeness = pool.profile_likeness(members)
    organisations = [pool.profiles[int(b)].organisation for b in members]
    value = (1 - diversity) * scores[order]
    penalty = np.zeros(len(order), dtype=np.float32)  # likeness to the closest pick so far
    open_ = np.ones(len(order), dtype=np.bool_)
    picked: list[int] = []
    per_org: dict[str, int] = {}
    while open_.any() and len(picked) < top:
        choice = int(np.argmax(np.where(open_, value - diversity * penalty, -np.inf)))
        open_[choice] = False
        org = organisations[choice]
        if per_org.get(org, 0) >= PER_ORGANISATION:
            continue
        per_org[org] = per_org.get(org, 0) + 1
        picked.append(choice)
        penalty = np.maximum(penalty, likeness[:, choice])
    return [int(order[i]) for i in picked]


def _cap_per_organisation(pool: Pool, candidates: Ints, positions: list[int], top: int
                          ) -> list[int]:
    kept: list[int] = []
    per_org: dict[str, int] = {}
    for pos in positions:
        org = pool.profiles[int(candidates[pos])].organisation
        if per_org.get(org, 0) < PER_ORGANISATION:
            per_org[org] = per_org.get(org, 0) + 1
            kept.append(pos)
        if len(kept) == top:
            break
    return kept
