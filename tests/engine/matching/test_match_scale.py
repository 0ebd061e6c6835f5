from __future__ import annotations

import numpy as np
import pytest

from clustermeet.engine.matching import Item, Matcher
from clustermeet.engine.matching.index import VectorShortlister, nearest
from tests.engine.matching.matching_helpers import (
    FISH_OFFER,
    FISH_REQUEST,
    SOLAR_OFFER,
    profile,
)


def test_diversify_keeps_at_most_two_colleagues_per_list(encoder):
    twins = [
        profile(
            f"twin{i}", Item(f"t{i}", "TO", FISH_OFFER.title, FISH_OFFER.description), org="bigcorp"
        )
        for i in range(5)
    ]
    matcher = Matcher(
        [profile("plant", FISH_REQUEST), *twins, profile("solar", SOLAR_OFFER)], encoder
    )
    organisations = [
        matcher.pool.profiles[matcher.pool.index_of()[r.profile_id]].organisation
        for r in matcher.recommend("plant", top=10)
    ]
    assert organisations == ["bigcorp", "bigcorp", "solar"]


def test_shortlist_holds_the_answering_partner(encoder):
    people = [
        profile("plant", FISH_REQUEST),
        profile("vision", FISH_OFFER),
        profile("solar", SOLAR_OFFER),
    ]
    shortlister = VectorShortlister("exact", per_item=1, per_profile=1)
    matcher = Matcher(people, encoder, shortlister=shortlister)
    assert "vision" in [r.profile_id for r in matcher.recommend("plant")]
    assert 1 in shortlister.shortlist(0).tolist()


@pytest.mark.parametrize("backend", ["faiss", "usearch"])
def test_nearest_approximate_backends_agree_with_exact(backend):
    pytest.importorskip(backend)  # optional: the bench extra
    rng = np.random.default_rng(1)
    base = rng.normal(size=(300, 16)).astype(np.float32)
    base /= np.linalg.norm(base, axis=1, keepdims=True)
    exact = nearest("exact", base, base[:20], 5)
    approximate = nearest(backend, base, base[:20], 5)
    shared = [len(set(a) & set(e)) for a, e in zip(approximate, exact, strict=True)]
    assert sum(shared) / (20 * 5) >= 0.9


def test_nearest_exact_returns_the_closest_rows():
    base = np.eye(4, dtype=np.float32)
    assert sorted(nearest("exact", base, base[[2]], 1)[0].tolist()) == [2]


def test_shortlist_across_delegations_searches_only_the_other_side(encoder):
    from clustermeet.engine.matching import Policy

    people = [
        profile("plant", FISH_REQUEST, delegation="EU"),
        profile("eu-vision", FISH_OFFER, delegation="EU"),
        profile(
            "ca-vision", Item("c", "TO", FISH_OFFER.title, "Cameras for fish."), delegation="Canada"
        ),
        profile("ca-solar", SOLAR_OFFER, delegation="Canada"),
    ]
    shortlister = VectorShortlister("exact", per_item=1, per_profile=1)
    Matcher(people, encoder, policy=Policy.build("across_delegations"), shortlister=shortlister)
    found = shortlister.shortlist(0).tolist()
    assert [people[i].delegation for i in found] == ["Canada"] * len(found)
    assert 2 in found
