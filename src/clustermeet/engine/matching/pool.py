"""A pool of profiles with every text encoded once: the matrices the scorer reads.

Every text is embedded in e5's symmetric 'query' role: a request and an offer are two short
texts of the same kind, the case e5's authors give that role for, and on the labelled set it
beat query-to-passage (benchmarks/match/README.md). Cosines are calibrated against unrelated
reference texts, so an encoder whose unrelated pairs sit at 0.75 and one whose sit at 0.1
score alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from clustermeet.engine.matching.encoders.base import Encoder, Matrix, Role
from clustermeet.engine.matching.encoders.lexical import SparseRows, TfidfModel
from clustermeet.engine.matching.profiles import Item, Profile
from clustermeet.engine.matching.reference import REFERENCE_OFFERS, REFERENCE_REQUESTS

Ints = NDArray[np.int64]
Floats = NDArray[np.float32]
ROLE: Role = "query"
LEXICAL_WEIGHT = 0.3  # share of TF-IDF in the hybrid text score when an encoder is present


@dataclass
class Calibration:
    mean: float
    spread: float

    def __call__(self, cosines: Floats) -> Floats:
        # Logistic on the z-score: unrelated texts map to ~0.2, 1.5 spreads above to 0.5.
        z = (cosines - self.mean) / self.spread
        out: Floats = (1.0 / (1.0 + np.exp(-(z - 1.5)))).astype(np.float32)
        return out


@dataclass
class Pool:
    profiles: list[Profile]
    encoder: str
    requests: list[Item]
    offers: list[Item]
    request_owner: Ints
    offer_owner: Ints
    requests_of: list[Ints]
    offers_of: list[Ints]
    request_vectors: Matrix | None
    offer_vectors: Matrix | None
    description_vectors: Matrix | None  # a profile as the answer to a request
    profile_vectors: Matrix | None  # for profile-to-profile likeness (diversity)
    request_lexical: SparseRows
    offer_lexical: SparseRows
    description_lexical: SparseRows
    pair_calibration: Calibration
    profile_calibration: Calibration
    ecosystems: list[frozenset[str]]
    ecosystem_bits: NDArray[np.uint64]  # the same sets as bit masks, for vectorised overlap
    nace_bits: NDArray[np.uint64]  # NACE divisions 01-99 in two 64-bit words per profile
    technology_bits: NDArray[np.uint64]
    countries: NDArray[np.str_]
    has_targets: bool  # anyone named target countries at all
    is_research: NDArray[np.bool_]
    request_language: NDArray[np.str_]
    request_kind: NDArray[np.str_]
    offer_kind: NDArray[np.str_]
    offer_language: NDArray[np.str_]
    profile_language: NDArray[np.str_]  # the language most of its items are written in

    def index_of(self) -> dict[str, int]:
        return {p.id: i for i, p in enumerate(self.profiles)}

    def text_similarity(self, request_rows: Ints, offer_rows: Ints) -> Floats:
        """Hybrid score in [0, 1] of requests (rows) against offers (columns)."""
        return self._combine(
            self.request_vectors, self.offer_vectors, self.request_lexical, self.offer_lexical,
            request_rows, offer_rows, self.offer_language,
        )

    def description_similarity(self, request_rows: Ints, profile_rows: Ints) -> Floats:
        """Requests against whole profiles' descriptions (a research body answers an RDR)."""
        return self._combine(
            self.request_vectors, self.description_vectors, self.request_lexical,
            self.description_lexical, request_rows, profile_rows, self.profile_language,
        )

    def profile_likeness(self, rows: Ints) -> Floats:
        """Profile-to-profile likeness among `rows`, as a square matrix."""
        if self.profile_vectors is None:
            return np.vstack([self.profile_similarity(int(r), rows) for r in rows])
        vectors = self.profile_vectors[rows]
        return self.profile_calibration(vectors @ vectors.T)

    def profile_similarity(self, a: int, rows: Ints) -> Floats:
        if self.profile_vectors is None:
            query = self.description_lexical.dense(a)
            return self.description_lexical.dot(query, rows)
        cosines: Floats = self.profile_vectors[rows] @ self.profile_vectors[a]
        return self.profile_calibration(cosines)

    def _combine(self, left: Matrix | None, right: Matrix | None, left_lex: SparseRows,
                 right_lex: SparseRows, rows: Ints, cols: Ints,
                 right_language: NDArray[np.str_]) -> Floats:
        lexical = np.zeros((len(rows), len(cols)), dtype=np.float32)
        if len(rows) <= len(cols):  # one sparse pass per row or per column, whichever is fewer
            for i, r in enumerate(rows):
                lexical[i] = right_lex.dot(left_lex.dense(int(r)), cols)
        else:
            for j, c in enumerate(cols):
                lexical[:, j] = left_lex.dot(right_lex.dense(int(c)), rows)
        # TF-IDF cosines of related texts run 0.1-0.5; double them onto the dense scale.
        lexical = np.minimum(1.0, 2.0 * lexical).astype(np.float32)
        if left is None or right is None:
            only: Floats = lexical
            return only
        cosines = left[rows] @ right[cols].T
        same = self.request_language[rows][:, None] == right_language[cols][None, :]
        dense = self.pair_calibration(cosines)
        # Words cannot match across languages: there the dense score stands alone, so a
        # same-language distractor gains nothing from sharing words the other side lacks.
        weight = np.where(same, np.float32(LEXICAL_WEIGHT), np.float32(0.0))
        out: Floats = ((1 - weight) * dense + weight * lexical).astype(np.float32)
        return out


def _calibration(encoder: Encoder | None, role: Role) -> Calibration:
    """Mean and spread of the encoder's cosines between unrelated reference texts."""
    if encoder is None:
        return Calibration(0.0, 1.0)
    left = encoder.encode(REFERENCE_REQUESTS, ROLE)
    right = encoder.encode(REFERENCE_OFFERS, role)
    sample = (left @ right.T).ravel()
    return Calibration(float(sample.mean()), float(sample.std()) or 1.0)


def build_pool(profiles: Sequence[Profile], encoder: Encoder | None) -> Pool:
    profiles = list(profiles)
    requests: list[Item] = []
    offers: list[Item] = []
    request_owner: list[int] = []
    offer_owner: list[int] = []
    requests_of: list[Ints] = []
    offers_of: list[Ints] = []
    for p, profile in enumerate(profiles):
        start_r, start_o = len(requests), len(offers)
        for item in profile.items:
            if item.is_request:
                requests.append(item)
                request_owner.append(p)
            elif item.is_offer:
                offers.append(item)
                offer_owner.append(p)
        requests_of.append(np.arange(start_r, len(requests), dtype=np.int64))
        offers_of.append(np.arange(start_o, len(offers), dtype=np.int64))
    request_texts = [i.text for i in requests]
    offer_texts = [i.text for i in offers]
    description_texts = [p.profile_text for p in profiles]
    lexical = TfidfModel(request_texts + offer_texts + description_texts)
    vectors: list[Matrix | None] = [None, None, None, None]
    if encoder is not None:
        descriptions = encoder.encode(description_texts, ROLE)
        vectors = [
            encoder.encode(request_texts, ROLE),
            encoder.encode(offer_texts, ROLE),
            descriptions,
            descriptions,
        ]
    pool = Pool(
        profiles=profiles,
        encoder=encoder.name if encoder is not None else "tfidf",
        requests=requests,
        offers=offers,
        request_owner=np.asarray(request_owner, dtype=np.int64),
        offer_owner=np.asarray(offer_owner, dtype=np.int64),
        requests_of=requests_of,
        offers_of=offers_of,
        request_vectors=vectors[0],
        offer_vectors=vectors[1],
        description_vectors=vectors[2],
        profile_vectors=vectors[3],
        request_lexical=lexical.transform(request_texts),
        offer_lexical=lexical.transform(offer_texts),
        description_lexical=lexical.transform(description_texts),
        pair_calibration=_calibration(encoder, ROLE),
        profile_calibration=_calibration(encoder, ROLE),
        ecosystems=[frozenset(p.ecosystems) for p in profiles],
        ecosystem_bits=_bits([p.ecosystems for p in profiles]),
        nace_bits=_nace_bits(profiles),
        technology_bits=_bits([p.key_technologies for p in profiles]),
        countries=np.asarray([p.country for p in profiles], dtype=np.str_),
        has_targets=any(p.target_countries for p in profiles),
        is_research=np.asarray([p.kind == "research" for p in profiles], dtype=np.bool_),
        request_language=np.asarray([i.language for i in requests], dtype=np.str_),
        request_kind=np.asarray([i.kind for i in requests], dtype=np.str_),
        offer_kind=np.asarray([i.kind for i in offers], dtype=np.str_),
        offer_language=np.asarray([i.language for i in offers], dtype=np.str_),
        profile_language=np.asarray([_main_language(p) for p in profiles], dtype=np.str_),
    )
    return pool


def _bits(sets: Sequence[Sequence[str]]) -> NDArray[np.uint64]:
    """Each set as a bit mask over the vocabulary seen (at most 64 values: the EU lists)."""
    vocabulary = {v: i for i, v in enumerate(sorted({v for s in sets for v in s}))}
    if len(vocabulary) > 64:
        raise ValueError("more than 64 distinct ecosystems or technologies")
    masks = [sum(1 << vocabulary[v] for v in set(s)) for s in sets]
    return np.asarray(masks, dtype=np.uint64)


def _nace_bits(profiles: Sequence[Profile]) -> NDArray[np.uint64]:
    out = np.zeros((len(profiles), 2), dtype=np.uint64)
    for p, profile in enumerate(profiles):
        for code in profile.nace_codes:
            if code[:2].isdigit():
                division = int(code[:2])
                out[p, division // 64] |= np.uint64(1 << (division % 64))
    return out


def _main_language(profile: Profile) -> str:
    languages = [i.language for i in profile.items]
    return max(set(languages), key=languages.count) if languages else "en"
