"""One card per organisation: the organisation's best-suited person named, with the sentence
that says why, and their colleagues listed, so one company cannot take several places of a
short list.

The organisations are ranked by their best person's score and diversified (likeness,
country, sector) as people are in `Matcher.recommend`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from clustermeet.engine.matching.diversify import diversify
from clustermeet.engine.matching.matcher import Matcher, Recommendation


@dataclass(frozen=True)
class Card:
    organisation: str
    rank: int
    person: Recommendation  # the best-suited person, with the card's score and reason
    colleagues: tuple[Recommendation, ...]  # others of the organisation A may meet, best first

    @property
    def reason(self) -> str:
        return self.person.explanation


def recommend_cards(matcher: Matcher, profile_id: str, top: int = 10) -> list[Card]:
    found = matcher.scored(profile_id)
    if found is None:
        return []
    profiles = matcher.pool.profiles
    organisation = np.asarray([profiles[int(b)].organisation for b in found.candidates])
    order = np.lexsort((-found.fused, organisation))  # by organisation, best person first
    first = np.r_[True, organisation[order][1:] != organisation[order][:-1]]
    best = order[first]  # one position per organisation: its best person
    picks = diversify(
        matcher.pool,
        found.candidates[best],
        found.fused[best],
        top,
        matcher.weights.diversity,
        matcher.weights.spread,
    )
    members: dict[str, list[int]] = {}
    for j in order:
        members.setdefault(str(organisation[j]), []).append(int(j))
    cards = []
    for rank, pick in enumerate(picks, start=1):
        j = int(best[pick])
        org = str(organisation[j])
        colleagues = tuple(matcher.recommendation(found, k, rank) for k in members[org][1:])
        cards.append(Card(org, rank, matcher.recommendation(found, j, rank), colleagues))
    return cards
