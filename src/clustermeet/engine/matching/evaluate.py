"""Measuring a matcher on a labelled set (the pluggable JSON format in docs/matcher.md).

For each labelled pair, the organisation owning `request_item` asks for recommendations
among all others (anyone may meet anyone); it is a hit at k when the owner of `offer_item`
is in its top k. Baselines rank organisations by the single best request-offer similarity.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from clustermeet.engine.matching.encoders.base import Encoder
from clustermeet.engine.matching.matcher import Matcher, single_threaded_blas
from clustermeet.engine.matching.pool import Pool, build_pool
from clustermeet.engine.matching.profiles import Item, Profile
from clustermeet.engine.matching.weights import SYMMETRIC, Weights

DEPTH = 50  # ranks beyond this count as misses for MRR
# The baselines see the encoder's own vectors: e5's 'query' role, no language centring.
PLAIN = Weights(roles=SYMMETRIC, centre_languages=0.0)


@dataclass(frozen=True)
class Pair:
    request_item: str
    offer_item: str
    asker: str
    answerer: str
    cross_language: bool
    low_overlap: bool
    request_title: str
    offer_title: str


@dataclass
class LabelledSet:
    profiles: list[Profile]
    pairs: list[Pair]


@dataclass
class Scores:
    n: int
    recall_at_1: float
    recall_at_10: float
    mrr: float
    cites: float | None = None  # share of hits@10 whose explanation quotes both items

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "n": self.n,
            "recall@1": round(self.recall_at_1, 3),
            "recall@10": round(self.recall_at_10, 3),
            "mrr": round(self.mrr, 3),
        }
        if self.cites is not None:
            out["explained"] = round(self.cites, 3)
        return out


@dataclass
class Report:
    overall: Scores
    slices: dict[str, Scores]
    seconds: float
    misses: list[tuple[Pair, int]] = field(default_factory=list)
    ranks: list[int] = field(default_factory=list)  # per pair, in the set's order; 0 = missed

    def as_dict(self) -> dict[str, Any]:
        out = self.overall.as_dict()
        out["slices"] = {k: v.as_dict() for k, v in self.slices.items()}
        out["seconds"] = round(self.seconds, 2)
        return out


def load_labelled(data: Mapping[str, Any]) -> LabelledSet:
    profiles: list[Profile] = []
    owner: dict[str, str] = {}
    titles: dict[str, str] = {}
    for o in data["organisations"]:
        items = tuple(
            Item(
                id=i["id"],
                kind=i["type"],
                title=i["title"],
                description=i.get("description", ""),
                language=i.get("language", "en"),
            )
            for i in o.get("items", [])
        )
        for item in items:
            owner[item.id] = o["id"]
            titles[item.id] = item.title
        profiles.append(
            Profile(
                id=o["id"],
                name=o["name"],
                organisation=o["id"],
                country=o.get("country", ""),
                kind=o.get("type", "company"),
                delegation=o.get("delegation", ""),
                description=o.get("description", ""),
                ecosystems=tuple(o.get("ecosystems", [])),
                items=items,
            )
        )
    pairs = [
        Pair(
            p["request_item"],
            p["offer_item"],
            owner[p["request_item"]],
            owner[p["offer_item"]],
            bool(p.get("cross_language", False)),
            p.get("lexical_overlap") == "low",
            titles[p["request_item"]],
            titles[p["offer_item"]],
        )
        for p in data["pairs"]
    ]
    return LabelledSet(profiles, pairs)


Ranker = Callable[[str], list[tuple[str, tuple[str, ...]]]]  # id -> [(candidate, quotes)]


def matcher_ranker(matcher: Matcher) -> Ranker:
    def rank(profile_id: str) -> list[tuple[str, tuple[str, ...]]]:
        return [(r.profile_id, r.quotes) for r in matcher.recommend(profile_id, top=DEPTH)]

    return rank


def best_pair_ranker(pool: Pool, lexical: bool = False) -> Ranker:
    """The plain baseline: organisations by their single best request-offer similarity,
    any types, no structure, no second direction."""

    def rank(profile_id: str) -> list[tuple[str, tuple[str, ...]]]:
        a = pool.index_of()[profile_id]
        rows = pool.requests_of[a]
        others = np.flatnonzero(pool.offer_owner != a)
        if lexical or pool.request_vectors is None or pool.offer_vectors is None:
            sims = np.vstack(
                [pool.offer_lexical.dot(pool.request_lexical.dense(int(r)), others) for r in rows]
            )
        else:
            sims = pool.request_vectors[rows] @ pool.offer_vectors[others].T
        best = np.full(len(pool.profiles), -np.inf)
        np.maximum.at(best, pool.offer_owner[others], sims.max(axis=0))
        best[a] = -np.inf
        order = [int(b) for b in np.argsort(-best, kind="stable")[:DEPTH] if best[b] > -np.inf]
        return [(pool.profiles[b].id, ()) for b in order]

    return rank


def evaluate(labelled: LabelledSet, rank: Ranker) -> Report:
    start = time.perf_counter()
    ranks: list[int] = []
    cited: list[bool | None] = []
    cache: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for pair in labelled.pairs:
        if pair.asker not in cache:
            cache[pair.asker] = rank(pair.asker)
        ranked = cache[pair.asker]
        ids = [c for c, _ in ranked]
        position = ids.index(pair.answerer) + 1 if pair.answerer in ids else 0
        ranks.append(position)
        if 0 < position <= 10:
            quotes = ranked[position - 1][1]
            cited.append(
                pair.request_title in quotes and pair.offer_title in quotes if quotes else None
            )
        else:
            cited.append(None)
    seconds = time.perf_counter() - start
    report = Report(
        _scores(ranks, cited),
        {},
        seconds,
        [(p, r) for p, r in zip(labelled.pairs, ranks, strict=True) if r != 1],
        ranks,
    )
    for name in ("cross_language", "low_overlap"):
        chosen = [i for i, p in enumerate(labelled.pairs) if getattr(p, name)]
        report.slices[name] = _scores([ranks[i] for i in chosen], [cited[i] for i in chosen])
    return report


def _scores(ranks: Sequence[int], cited: Sequence[bool | None]) -> Scores:
    n = len(ranks)
    if n == 0:
        return Scores(0, 0.0, 0.0, 0.0)
    checked = [c for c in cited if c is not None]
    return Scores(
        n=n,
        recall_at_1=sum(r == 1 for r in ranks) / n,
        recall_at_10=sum(0 < r <= 10 for r in ranks) / n,
        mrr=sum(1 / r for r in ranks if r > 0) / n,
        cites=sum(checked) / len(checked) if checked else None,
    )


def run_method(
    labelled: LabelledSet, method: str, encoder: Encoder | None, fusion: str | None = None
) -> Report:
    """`method`: 'matcher' (full, with `encoder`; None = lexical only), 'best-pair'
    (plain baseline on the encoder's cosines) or 'best-pair-tfidf'."""
    start = time.perf_counter()
    if method == "matcher":
        kwargs: dict[str, Any] = {"fusion": fusion} if fusion else {}
        ranker = matcher_ranker(Matcher(labelled.profiles, encoder, **kwargs))
    elif method == "best-pair":
        ranker = best_pair_ranker(build_pool(labelled.profiles, encoder, PLAIN))
    elif method == "best-pair-tfidf":
        ranker = best_pair_ranker(build_pool(labelled.profiles, None, PLAIN), lexical=True)
    else:
        raise ValueError(f"unknown method {method!r}")
    with single_threaded_blas():  # many small products: one BLAS thread is faster
        report = evaluate(labelled, ranker)
    report.seconds = time.perf_counter() - start  # includes encoding (cached or not)
    return report
