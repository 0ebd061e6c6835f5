"""Who met whom: count matrices by country, delegation, organisation type and ecosystem.

`counts[a][b]` is the number of held meetings between someone of group `a` and someone of
group `b` of another organisation (colleagues at one table did not meet each other). A
meeting counts once per pair of groups it links, so the matrix is symmetric, a meeting
between two countries adds one to each of the two cells, and one within a country adds one
to its diagonal cell. A person in several ecosystems links each of them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations

from clustermeet.engine.reporting.inputs import EventData, MeetingStatus, Participant

NO_GROUP = ""  # the label of people without a delegation


@dataclass(frozen=True)
class CountMatrix:
    labels: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]

    def get(self, a: str, b: str) -> int:
        return self.counts[self.labels.index(a)][self.labels.index(b)]

    def total(self) -> int:
        return sum(map(sum, self.counts))

    def edges(self) -> tuple[tuple[str, str, int], ...]:
        """The upper triangle (a ≤ b in label order) as weighted edges, zeros left out."""
        n = len(self.labels)
        return tuple(
            (self.labels[i], self.labels[j], self.counts[i][j])
            for i in range(n)
            for j in range(i, n)
            if self.counts[i][j]
        )


@dataclass(frozen=True)
class Mixing:
    by_country: CountMatrix
    by_delegation: CountMatrix
    by_organisation_type: CountMatrix
    by_ecosystem: CountMatrix


Groups = Callable[[Participant], tuple[str, ...]]


def country_of(p: Participant) -> tuple[str, ...]:
    return (p.country,)


def delegation_of(p: Participant) -> tuple[str, ...]:
    return (p.delegation or NO_GROUP,)


def ecosystems_of(p: Participant) -> tuple[str, ...]:
    return p.ecosystems


def _matrix(data: EventData, groups: Groups) -> CountMatrix:
    people = {p.id: p for p in data.participants}
    labels = tuple(sorted({g for p in data.participants for g in groups(p)}))
    pairs: Counter[tuple[str, str]] = Counter()
    for m in data.meetings:
        if m.status != MeetingStatus.HELD:
            continue
        linked: set[tuple[str, str]] = set()
        for x, y in combinations((people[i] for i in m.participants), 2):
            if x.organisation == y.organisation:
                continue
            linked.update((a, b) for a in groups(x) for b in groups(y))
        for a, b in {(min(a, b), max(a, b)) for a, b in linked}:
            pairs[a, b] += 1
            if a != b:
                pairs[b, a] += 1
    return CountMatrix(labels, tuple(tuple(pairs[a, b] for b in labels) for a in labels))


def mixing(data: EventData) -> Mixing:
    return Mixing(
        by_country=_matrix(data, country_of),
        by_delegation=_matrix(data, delegation_of),
        by_organisation_type=_matrix(data, lambda p: (str(p.organisation_type),)),
        by_ecosystem=_matrix(data, ecosystems_of),
    )
