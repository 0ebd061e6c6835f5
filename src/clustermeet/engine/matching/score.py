"""One direction of a pair: how well B answers A's requests, with the evidence for it.

A request is scored only against offers of a type that answers it (profiles.ANSWERS); an
offer of another type still counts, discounted, since people file items under loose types.
A profile description answers too, fully when an R&D request meets a research body.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from clustermeet.engine.matching.pool import Floats, Ints, Pool
from clustermeet.engine.matching.profiles import ANSWERS

AS_PROFILE = -2  # evidence row: A's whole profile stood in for its (absent) requests


@dataclass
class Direction:
    """Scores of A's needs against each candidate; evidence rows are -1 where absent."""

    score: Floats
    request: Ints  # request row (pool.requests) behind the score
    offer: Ints  # offer row (pool.offers), or -1 when the candidate's description answered


def _type_weights(pool: Pool, request_rows: Ints, offer_rows: Ints) -> Floats:
    requests, offers = pool.request_kind[request_rows], pool.offer_kind[offer_rows]
    answers = np.zeros((len(request_rows), len(offer_rows)), dtype=np.bool_)
    for kind, answering in ANSWERS.items():
        for offer_kind in answering:
            answers |= (requests == kind)[:, None] & (offers == offer_kind)[None, :]
    other = np.float32(pool.weights.other_type)
    out: Floats = np.where(answers, np.float32(1.0), other).astype(np.float32)
    return out


def _description_weights(pool: Pool, request_rows: Ints, owners: Ints) -> Floats:
    weights = np.full((len(request_rows), len(owners)), pool.weights.description, dtype=np.float32)
    for i, r in enumerate(request_rows):
        if pool.requests[int(r)].kind == "RDR":
            weights[i, pool.is_research[owners]] = 1.0
    return weights


def structure(pool: Pool, a: int, candidates: Ints) -> Floats:
    """Shared ecosystems, NACE divisions, key technologies; B in one of A's target countries."""
    return _structure(pool, np.full(len(candidates), a, dtype=np.int64), candidates)


def _structure(pool: Pool, a: Ints, b: Ints) -> Floats:
    """Row-wise structure score of pairs (a[i], b[i]); the target country is a's."""
    targets = np.zeros(len(a), dtype=np.float32)
    if pool.has_targets:
        targets[:] = [
            country in pool.profiles[int(x)].target_countries
            for x, country in zip(a, pool.countries[b], strict=True)
        ]
    out: Floats = (
        0.5 * _jaccard(pool.ecosystem_bits[a], pool.ecosystem_bits[b])
        + 0.2 * _jaccard(pool.nace_bits[a], pool.nace_bits[b])
        + 0.2 * _jaccard(pool.technology_bits[a], pool.technology_bits[b])
        + 0.1 * targets
    ).astype(np.float32)
    return out


def _jaccard(x: NDArray[np.uint64], y: NDArray[np.uint64]) -> Floats:
    both = np.bitwise_count(x & y)
    either = np.bitwise_count(x | y)
    if x.ndim == 2:  # NACE: two words per profile
        both, either = both.sum(axis=1), either.sum(axis=1)
    out: Floats = np.where(either > 0, both / np.maximum(either, 1), 0.0).astype(np.float32)
    return out


def _best_per_owner(values: Floats, owners: Ints, size: int) -> tuple[Floats, Ints]:
    """Max of `values` per owner position, and the index of that max (-1 if none)."""
    best = np.full(size, -1.0, dtype=np.float32)
    where = np.full(size, -1, dtype=np.int64)
    if len(values):
        order = np.lexsort((values, owners))  # by owner, then value: last of each owner wins
        last = np.r_[owners[order][1:] != owners[order][:-1], True]
        chosen = order[last]
        best[owners[chosen]] = values[chosen]
        where[owners[chosen]] = chosen
    return best, where


def needs_of(pool: Pool, a: int, candidates: Ints) -> Direction:
    """How well each candidate answers A's requests (A's view of the pair)."""
    n = len(candidates)
    rows = pool.requests_of[a]
    offer_lists = [pool.offers_of[int(b)] for b in candidates]
    offers = np.concatenate(offer_lists) if offer_lists else np.zeros(0, np.int64)
    owners = np.repeat(np.arange(n), [len(o) for o in offer_lists])
    if len(rows) == 0:
        return _needs_of_profile(pool, a, candidates, offers, owners)
    items = pool.text_similarity(rows, offers) * _type_weights(pool, rows, offers)
    item_best, item_col = _best_per_owner(items.max(axis=0), owners, n)
    descriptions = pool.description_similarity(rows, candidates)
    descriptions = descriptions * _description_weights(pool, rows, candidates)
    desc_best = descriptions.max(axis=0)
    use_item = item_best >= desc_best
    score = np.where(use_item, item_best, desc_best).astype(np.float32)
    request = np.where(
        use_item,
        rows[items.argmax(axis=0)[np.maximum(item_col, 0)]] if len(offers) else -1,
        rows[descriptions.argmax(axis=0)],
    )
    offer = np.where(use_item, offers[np.maximum(item_col, 0)] if len(offers) else -1, -1)
    return Direction(
        _with_structure(pool, a, candidates, score),
        request.astype(np.int64),
        offer.astype(np.int64),
    )


def _needs_of_profile(
    pool: Pool, a: int, candidates: Ints, offers: Ints, owners: Ints
) -> Direction:
    """A listed no requests: its profile stands in for them, against the candidates' offers
    and their profiles, discounted, so a description alone still finds who offers what it
    does or needs."""
    n = len(candidates)
    discount = pool.weights.no_requests
    score = discount * pool.profile_similarity(a, candidates)
    request = np.full(n, -1, np.int64)
    offer = np.full(n, -1, np.int64)
    if len(offers):
        items = discount * pool.profile_offer_similarity(np.asarray([a]), offers)[0]
        item_best, item_col = _best_per_owner(items, owners, n)
        use = item_best > score
        score = np.where(use, item_best, score).astype(np.float32)
        request[use] = AS_PROFILE
        offer[use] = offers[item_col[use]]
    return Direction(_with_structure(pool, a, candidates, score), request, offer)


def needs_served_by(pool: Pool, a: int, candidates: Ints) -> Direction:
    """How well A answers each candidate's requests (the candidate's view of the pair)."""
    n = len(candidates)
    request_lists = [pool.requests_of[int(b)] for b in candidates]
    rows = np.concatenate(request_lists) if request_lists else np.zeros(0, np.int64)
    owners = np.repeat(np.arange(n), [len(r) for r in request_lists])
    offers = pool.offers_of[a]
    score = np.full(n, -1.0, dtype=np.float32)
    request = np.full(n, -1, dtype=np.int64)
    offer = np.full(n, -1, dtype=np.int64)
    if len(rows):
        items = np.full((len(rows), 0), -1.0, dtype=np.float32)
        if len(offers):
            items = pool.text_similarity(rows, offers) * _type_weights(pool, rows, offers)
        own = np.full(len(rows), a, dtype=np.int64)
        descriptions = (
            pool.description_similarity(rows, np.asarray([a]))[:, 0]
            * _description_weights(pool, rows, own)[:, 0]
        )
        item_row_best = items.max(axis=1) if len(offers) else np.full(len(rows), -1.0, np.float32)
        use_item = item_row_best >= descriptions
        row_score = np.where(use_item, item_row_best, descriptions).astype(np.float32)
        best, where = _best_per_owner(row_score, owners, n)
        found = where >= 0
        score[found] = best[found]
        request[found] = rows[where[found]]
        if len(offers):
            chosen_offer = offers[items.argmax(axis=1)]
            offer[found] = np.where(use_item[where[found]], chosen_offer[where[found]], -1)
    missing = score < 0
    if missing.any():
        score[missing] = pool.weights.no_requests * pool.profile_similarity(a, candidates[missing])
    return Direction(_with_structure(pool, a, candidates, score, reverse=True), request, offer)


def _with_structure(
    pool: Pool, a: int, candidates: Ints, text: Floats, reverse: bool = False
) -> Floats:
    if reverse:  # target countries are the candidate's, so score from its side
        shared = _structure(pool, candidates, np.full(len(candidates), a, dtype=np.int64))
    else:
        shared = structure(pool, a, candidates)
    w = pool.weights
    out: Floats = (w.text * text + w.structure * shared).astype(np.float32)
    return out
