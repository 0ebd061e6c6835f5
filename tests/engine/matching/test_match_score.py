from __future__ import annotations

from clustermeet.engine.matching import Item, Matcher
from clustermeet.engine.matching.fusion import FUSIONS
from tests.engine.matching.matching_helpers import FISH_OFFER, FISH_REQUEST, SOLAR_OFFER, profile


def test_pair_score_perfect_pair_outranks_unrelated(encoder):
    matcher = Matcher(
        [
            profile("plant", FISH_REQUEST),
            profile("vision", FISH_OFFER),
            profile("solar", SOLAR_OFFER),
        ],
        encoder,
    )
    ranked = [r.profile_id for r in matcher.recommend("plant")]
    assert ranked == ["vision", "solar"]


def test_pair_score_answering_type_outranks_other_type(encoder):
    # The same words filed as a Business Offer answer a Technology Request less well.
    as_business = Item("b", "BO", FISH_OFFER.title, FISH_OFFER.description)
    matcher = Matcher(
        [profile("plant", FISH_REQUEST), profile("tech", FISH_OFFER), profile("biz", as_business)],
        encoder,
    )
    ranked = [r.profile_id for r in matcher.recommend("plant")]
    assert ranked == ["tech", "biz"]


def test_fusion_two_sided_fit_outranks_one_sided(encoder):
    # Both candidates answer the plant equally; only one also needs what the plant offers.
    plant = profile(
        "plant",
        FISH_REQUEST,
        Item(
            "plant-bo",
            "BO",
            "Pilot line for testing fish-processing equipment",
            "Industrial trials of new machines on our cod filleting line.",
        ),
    )
    needs_trials = profile(
        "two-sided",
        FISH_OFFER,
        Item(
            "v-tr",
            "TR",
            "Industrial site to trial our fish-sorting cameras",
            "We look for a processing line to validate our vision system in production.",
        ),
    )
    no_need = profile(
        "one-sided",
        Item("o", "TO", FISH_OFFER.title, FISH_OFFER.description),
        Item(
            "o-br",
            "BR",
            "Distributor for paints in Brazil",
            "Looking for resellers of marine coatings.",
        ),
    )
    matcher = Matcher([plant, needs_trials, no_need], encoder)
    first, second = matcher.recommend("plant")
    assert first.profile_id == "two-sided"
    assert first.forward == second.forward
    assert first.backward > second.backward


def test_fusion_harmonic_punishes_the_weaker_side():
    import numpy as np

    balanced = FUSIONS["harmonic"](np.float32([0.5]), np.float32([0.5]))
    lopsided = FUSIONS["harmonic"](np.float32([0.9]), np.float32([0.1]))
    assert float(balanced[0]) > float(lopsided[0])


def test_lexical_matcher_works_without_a_model():
    matcher = Matcher(
        [
            profile("plant", FISH_REQUEST),
            profile("vision", FISH_OFFER),
            profile("solar", SOLAR_OFFER),
        ],
        None,
    )
    assert [r.profile_id for r in matcher.recommend("plant")] == ["vision", "solar"]


def test_structure_shared_ecosystem_breaks_a_text_tie(encoder):
    same_text = Item("x", "TO", FISH_OFFER.title, FISH_OFFER.description)
    matcher = Matcher(
        [
            profile("plant", FISH_REQUEST, ecosystems=("Agri-food",)),
            profile("other", same_text, ecosystems=("Textiles",)),
            profile("agri", FISH_OFFER, ecosystems=("Agri-food",)),
        ],
        encoder,
    )
    assert [r.profile_id for r in matcher.recommend("plant")] == ["agri", "other"]
