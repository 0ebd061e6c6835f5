"""Maximal marginal relevance: each next pick trades score against likeness to those already
picked, and against repeating their countries and sectors, so a top 10 is not ten copies of
one kind of organisation. The first pick is always the best score."""

from __future__ import annotations

import numpy as np

from clustermeet.engine.matching.pool import Floats, Ints, Pool

DIVERSITY = 0.15  # weight of likeness to earlier picks; 0 keeps the plain score order
SPREAD = 0.05  # weight of the share of earlier picks from the same country, and sector
PER_ORGANISATION = 2  # colleagues from one organisation: at most this many in one list


def diversify(
    pool: Pool,
    candidates: Ints,
    scores: Floats,
    top: int,
    diversity: float = DIVERSITY,
    spread: float = SPREAD,
) -> list[int]:
    """Positions into `candidates`, best first, at most `top`."""
    order = np.argsort(-scores, kind="stable")[: max(top * 3, top)]
    if (diversity <= 0 and spread <= 0) or len(order) <= 1:
        return _cap_per_organisation(pool, candidates, [int(i) for i in order], top)
    members = candidates[order]
    likeness = pool.profile_likeness(members)
    organisations = [pool.profiles[int(b)].organisation for b in members]
    countries = pool.countries[members]
    sectors = pool.ecosystem_bits[members]
    value = (1 - diversity) * scores[order]
    penalty = np.zeros(len(order), dtype=np.float32)  # likeness to the closest pick so far
    repeats = np.zeros(len(order), dtype=np.float32)  # earlier picks of one country, sector
    open_ = np.ones(len(order), dtype=np.bool_)
    picked: list[int] = []
    per_org: dict[str, int] = {}
    while open_.any() and len(picked) < top:
        shares = repeats / max(len(picked), 1)
        total = value - diversity * penalty - spread * shares
        choice = int(np.argmax(np.where(open_, total, -np.inf)))
        open_[choice] = False
        org = organisations[choice]
        if per_org.get(org, 0) >= PER_ORGANISATION:
            continue
        per_org[org] = per_org.get(org, 0) + 1
        picked.append(choice)
        penalty = np.maximum(penalty, likeness[:, choice])
        repeats += (countries == countries[choice]) & (countries != "")
        repeats += (sectors & sectors[choice]) != 0
    return [int(order[i]) for i in picked]


def _cap_per_organisation(
    pool: Pool, candidates: Ints, positions: list[int], top: int
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
