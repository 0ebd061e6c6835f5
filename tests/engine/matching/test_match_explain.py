from __future__ import annotations

from clustermeet.engine.matching import Item, Matcher
from tests.engine.matching.matching_helpers import FISH_OFFER, FISH_REQUEST, SOLAR_OFFER, profile


def _profile_texts(matcher: Matcher) -> str:
    return "\n".join(f"{i.title}\n{i.description}" for p in matcher.pool.profiles for i in p.items)


def test_explanation_cites_both_items_of_a_match(encoder):
    matcher = Matcher(
        [
            profile("plant", FISH_REQUEST, ecosystems=("Agri-food",)),
            profile("vision", FISH_OFFER, ecosystems=("Agri-food", "Digital")),
        ],
        encoder,
    )
    (top,) = matcher.recommend("plant")
    assert top.explanation == (
        "Your Technology Request 'Automated fish-fillet inspection' matches their "
        "Technology Offer 'Machine vision for ocean-catch sorting'; both work in Agri-food."
    )


def test_explanation_quotes_only_text_present_in_profiles(encoder):
    people = [
        profile("plant", FISH_REQUEST, Item("p-bo", "BO", "Frozen cod exports to Asia")),
        profile("vision", FISH_OFFER, Item("v-br", "BR", "Importers of frozen seafood")),
        profile("solar", SOLAR_OFFER, target_countries=("NO",), country="DE"),
        profile("lab", description="Institut de recherche en vision industrielle", kind="research"),
    ]
    matcher = Matcher(people, encoder)
    texts = _profile_texts(matcher)
    quoted = [q for p in people for r in matcher.recommend(p.id) for q in r.quotes]
    assert quoted
    for quote in quoted:
        assert quote in texts
    for p in people:
        for r in matcher.recommend(p.id):
            for fragment in r.explanation.split("'")[1::2]:
                assert fragment in r.quotes


def test_explanation_names_target_country(encoder):
    matcher = Matcher(
        [
            profile("plant", FISH_REQUEST, target_countries=("CA",)),
            profile("vision", FISH_OFFER, country="CA"),
        ],
        encoder,
    )
    (top,) = matcher.recommend("plant")
    assert top.explanation.endswith("they are in CA, one of your target countries.")
