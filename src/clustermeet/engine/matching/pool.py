"""A pool of profiles with every text encoded once: the matrices the scorer reads.

Roles (e5's 'query' / 'passage'), the lexical share and language centring come from
`Weights`, chosen on the development set. Cosines are calibrated against unrelated reference
texts, so an encoder whose unrelated pairs sit at 0.75 and one whose sit at 0.1 score alike.
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
from clustermeet.engine.matching.weights import ASYMMETRIC, DEFAULT_WEIGHTS, Weights

Ints = NDArray[np.int64]
Floats = NDArray[np.float32]
ROLE: Role = "query"  # the role of requests and of profiles compared with profiles


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
    weights: Weights = DEFAULT_WEIGHTS

    def index_of(self) -> dict[str, int]:
        return {p.id: i for i, p in enumerate(self.profiles)}

    def text_similarity(self, request_rows: Ints, offer_rows: Ints) -> Floats:
        """Hybrid score in [0, 1] of requests (rows) against offers (columns)."""
        return self._combine(
            self.request_vectors,
            self.offer_vectors,
            self.request_lexical,
            self.offer_lexical,
            request_rows,
            offer_rows,
            self.request_language,
            self.offer_language,
        )

    def description_similarity(self, request_rows: Ints, profile_rows: Ints) -> Floats:
        """Requests against whole profiles' descriptions (a research body answers an RDR)."""
        return self._combine(
            self.request_vectors,
            self.description_vectors,
            self.request_lexical,
            self.description_lexical,
            request_rows,
            profile_rows,
            self.request_language,
            self.profile_language,
        )

    def profile_offer_similarity(self, profile_rows: Ints, offer_rows: Ints) -> Floats:
        """Whole profiles (as the need, for someone who listed no requests) against offers."""
        return self._combine(
            self.profile_vectors,
            self.offer_vectors,
            self.description_lexical,
            self.offer_lexical,
            profile_rows,
            offer_rows,
            self.profile_language,
            self.offer_language,
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

    def _combine(
        self,
        left: Matrix | None,
        right: Matrix | None,
        left_lex: SparseRows,
        right_lex: SparseRows,
        rows: Ints,
        cols: Ints,
        left_language: NDArray[np.str_],
        right_language: NDArray[np.str_],
    ) -> Floats:
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
        same = left_language[rows][:, None] == right_language[cols][None, :]
        dense = self.pair_calibration(cosines)
        # Words cannot match across languages: there the dense score stands alone, so a
        # same-language distractor gains nothing from sharing words the other side lacks.
        weight = np.where(same, np.float32(self.weights.lexical), np.float32(0.0))
        out: Floats = ((1 - weight) * dense + weight * lexical).astype(np.float32)
        return out


def _calibration(left: Matrix, right: Matrix) -> Calibration:
    """Mean and spread of the encoder's cosines between unrelated reference texts."""
    sample = (left @ right.T).ravel()
    return Calibration(float(sample.mean()), float(sample.std()) or 1.0)


def offer_role(weights: Weights) -> Role:
    """The role offers and profiles-as-answers are embedded in."""
    return "passage" if weights.roles == ASYMMETRIC else ROLE


def _centre(blocks: list[Matrix], languages: list[list[str]], shrink: float) -> list[Matrix]:
    """Each row minus its language's mean vector, that mean shrunk towards the mean of all
    rows by `shrink` pseudo-rows (a language with three texts keeps most of their content)."""
    kept = [i for i, block in enumerate(blocks) if len(block)]  # empty blocks are (0, 0)
    rows = np.vstack([blocks[i] for i in kept])
    tags = np.asarray([t for i in kept for t in languages[i]])
    overall = rows.mean(axis=0)
    means = {}
    for language in np.unique(tags):
        chosen = rows[tags == language]
        means[language] = (chosen.sum(axis=0) + shrink * overall) / (len(chosen) + shrink)
    out = []
    for block, tags_ in zip(blocks, languages, strict=True):
        if len(block) == 0:
            out.append(block)
            continue
        shifted = block - np.vstack([means.get(t, overall) for t in tags_])
        norms = np.linalg.norm(shifted, axis=1, keepdims=True)
        out.append((shifted / np.maximum(norms, 1e-6)).astype(np.float32))
    return out


def build_pool(
    profiles: Sequence[Profile], encoder: Encoder | None, weights: Weights = DEFAULT_WEIGHTS
) -> Pool:
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
    pair_calibration = profile_calibration = Calibration(0.0, 1.0)
    profile_languages = [_main_language(p) for p in profiles]
    if encoder is not None:
        answer = offer_role(weights)
        as_answers = encoder.encode(description_texts, answer)
        references = encoder.encode(REFERENCE_OFFERS, answer)
        symmetric = answer == ROLE  # then the profile-to-profile vectors are the same ones
        blocks = [
            encoder.encode(request_texts, ROLE),
            encoder.encode(offer_texts, answer),
            as_answers,
            as_answers if symmetric else encoder.encode(description_texts, ROLE),
            encoder.encode(REFERENCE_REQUESTS, ROLE),
            references,
            references if symmetric else encoder.encode(REFERENCE_OFFERS, ROLE),
        ]
        if weights.centre_languages > 0:
            languages = [
                [i.language for i in requests],
                [i.language for i in offers],
                profile_languages,
                profile_languages,
                ["en"] * len(REFERENCE_REQUESTS),
                ["en"] * len(REFERENCE_OFFERS),
                ["en"] * len(REFERENCE_OFFERS),
            ]
            blocks = _centre(blocks, languages, weights.centre_languages)
        vectors = list[Matrix | None](blocks[:4])
        pair_calibration = _calibration(blocks[4], blocks[5])
        profile_calibration = _calibration(blocks[4], blocks[6])
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
        pair_calibration=pair_calibration,
        profile_calibration=profile_calibration,
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
        profile_language=np.asarray(profile_languages, dtype=np.str_),
        weights=weights,
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
