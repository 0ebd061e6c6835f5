"""The matcher: candidates -> policy -> both directions -> fusion -> feedback -> diversity ->
explanation. cards.py groups the same scores into one card per organisation."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np

from clustermeet.engine.matching.diversify import diversify
from clustermeet.engine.matching.encoders.base import Encoder
from clustermeet.engine.matching.explain import explain
from clustermeet.engine.matching.feedback import Signal, adjustment, by_participant
from clustermeet.engine.matching.fusion import DEFAULT_FUSION, make_fusion
from clustermeet.engine.matching.index import Shortlister
from clustermeet.engine.matching.policy import ACROSS_DELEGATIONS, ANY, TYPE_PAIRS, Policy
from clustermeet.engine.matching.pool import Floats, Ints, Pool, build_pool
from clustermeet.engine.matching.profiles import Profile
from clustermeet.engine.matching.score import Direction, needs_of, needs_served_by
from clustermeet.engine.matching.weights import DEFAULT_WEIGHTS, Weights


@dataclass(frozen=True)
class Scored:
    """A's candidates (pool positions) and their scores, aligned."""

    a: int
    candidates: Ints
    forward: Direction
    backward: Direction
    fused: Floats


@dataclass(frozen=True)
class Recommendation:
    profile_id: str
    rank: int
    score: float
    forward: float  # how well they answer you
    backward: float  # how well you answer them
    explanation: str
    quotes: tuple[str, ...]


class Matcher:
    def __init__(
        self,
        profiles: Sequence[Profile],
        encoder: Encoder | None,
        policy: Policy | None = None,
        fusion: str = DEFAULT_FUSION,
        weights: Weights = DEFAULT_WEIGHTS,
        shortlister: Shortlister | None = None,
        feedback: Iterable[Signal] = (),
    ) -> None:
        self.pool: Pool = build_pool(profiles, encoder, weights)
        self.policy = policy or Policy()
        self.weights = weights
        self.fuse = make_fusion(fusion, weights.lead)
        self.shortlister: Shortlister | None = None
        self._index = self.pool.index_of()
        self._feedback = by_participant(feedback)
        self._organisation = np.asarray([p.organisation for p in self.pool.profiles])
        self._delegation = np.asarray([p.delegation for p in self.pool.profiles])
        self._kind = np.asarray([p.kind for p in self.pool.profiles])
        self._blocked: dict[int, set[int]] = {}
        for pair in self.policy.blocked:
            ids = [self._index[i] for i in pair if i in self._index]
            if len(ids) == 2:
                self._blocked.setdefault(ids[0], set()).add(ids[1])
                self._blocked.setdefault(ids[1], set()).add(ids[0])
        if shortlister is not None:
            self.attach(shortlister)

    def attach(self, shortlister: Shortlister) -> None:
        """Score only the shortlisted candidates from now on (large pools)."""
        across = self.policy.mode == ACROSS_DELEGATIONS
        shortlister.build(self.pool, self._delegation if across else None)
        self.shortlister = shortlister

    def allowed(self, a: int, candidates: Ints) -> Ints:
        """The candidates `policy.may_meet` lets A meet, in one vectorised pass."""
        keep = (candidates != a) & (self._organisation[candidates] != self._organisation[a])
        if self.policy.mode == ACROSS_DELEGATIONS:
            if self._delegation[a]:
                theirs = self._delegation[candidates]
                keep &= (theirs == "") | (theirs != self._delegation[a])
        elif self.policy.mode == TYPE_PAIRS:
            pairs = self.policy.allowed_type_pairs
            keep &= np.asarray(
                [frozenset((self._kind[a], k)) in pairs for k in self._kind[candidates]],
                dtype=np.bool_,
            )
        elif self.policy.mode != ANY:
            raise ValueError(f"unknown meeting policy {self.policy.mode!r}")
        blocked = self._blocked.get(a)
        if blocked:
            keep &= ~np.isin(candidates, list(blocked))
        out: Ints = candidates[keep]
        return out

    def scored(self, profile_id: str) -> Scored | None:
        """Every candidate A may meet, both directions, fused and adjusted by A's feedback."""
        a = self._index[profile_id]
        if self.shortlister is not None:
            candidates = self.shortlister.shortlist(a)
        else:
            candidates = np.arange(len(self.pool.profiles), dtype=np.int64)
        candidates = self.allowed(a, candidates)
        if len(candidates) == 0:
            return None
        forward = needs_of(self.pool, a, candidates)
        backward = needs_served_by(self.pool, a, candidates)
        fused = self.fuse(forward.score, backward.score)
        signals = self._feedback.get(profile_id)
        if signals:
            fused = np.clip(
                fused + adjustment(self.pool, self._index, signals, candidates), 0.0, 1.0
            ).astype(np.float32)
        return Scored(a, candidates, forward, backward, fused)

    def recommend(self, profile_id: str, top: int = 10) -> list[Recommendation]:
        found = self.scored(profile_id)
        if found is None:
            return []
        picks = diversify(
            self.pool,
            found.candidates,
            found.fused,
            top,
            self.weights.diversity,
            self.weights.spread,
        )
        return [self.recommendation(found, j, rank) for rank, j in enumerate(picks, start=1)]

    def recommendation(self, found: Scored, j: int, rank: int) -> Recommendation:
        """The `j`-th candidate of `found` as a ranked recommendation with its sentence."""
        forward, backward = found.forward, found.backward
        b = int(found.candidates[j])
        why = explain(
            self.pool,
            found.a,
            b,
            (int(forward.request[j]), int(forward.offer[j]), float(forward.score[j])),
            (int(backward.request[j]), int(backward.offer[j]), float(backward.score[j])),
        )
        return Recommendation(
            profile_id=self.pool.profiles[b].id,
            rank=rank,
            score=round(float(found.fused[j]), 4),
            forward=round(float(forward.score[j]), 4),
            backward=round(float(backward.score[j]), 4),
            explanation=why.sentence,
            quotes=why.quotes,
        )

    def recommend_all(self, top: int = 20) -> dict[str, list[Recommendation]]:
        with single_threaded_blas():
            return {p.id: self.recommend(p.id, top) for p in self.pool.profiles}


@contextmanager
def single_threaded_blas() -> Iterator[None]:
    """The scorer does many small matrix products; on a busy machine, BLAS threads cost more
    to wake than they save (measured: 4x slower on 2 loaded cores), so use one."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1, user_api="blas"):
        yield
