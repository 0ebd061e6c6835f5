"""The headline paragraph in English, French and Bulgarian, and its plural forms."""

from dataclasses import replace

import pytest

from clustermeet.engine.reporting import compute_figures, headline
from clustermeet.engine.reporting.language import count
from clustermeet.engine.reporting.languages import get_language
from tests.engine.reporting.fixture import EVENT

NBSP = "\u00a0"
FIGURES = compute_figures(EVENT)
EVENT_NAME = "EU–Canada Cluster Matchmaking Event 2019"
# 21 countries: more than the 20 the headline lists by name.
CODES = [
    "BG", "CA", "AT", "DE", "FR", "CZ", "DK", "ES", "FI", "HU", "LT",
    "PL", "PT", "RO", "RS", "SE", "UA", "IT", "NL", "BE", "IE",
]  # fmt: skip


def _all_clusters(n: int):
    """The fixture's figures with n of everything: n clusters from n countries, n meetings
    held in n days, n cooperation cases and n agreements."""
    return replace(
        FIGURES,
        headcount=replace(
            FIGURES.headcount,
            organisations=n,
            clusters=n,
            countries=tuple(sorted(CODES[:n])),
            days=n,
        ),
        meetings=replace(FIGURES.meetings, held=n),
        outcomes=replace(FIGURES.outcomes, cooperation_cases=n, agreements=n),
    )


def test_headline_of_the_fixture_event_in_english():
    # 4 organisations (2 clusters) from BG, CA, FR; 3 held meetings over the 2 slot days;
    # 2 cooperation cases (M1, M3), 1 agreement (M1).
    assert headline(FIGURES, "en") == (
        "4 organisations, 2 of them cluster organisations, from 3 countries (Bulgaria, Canada "
        f"and France) met at {EVENT_NAME} in Toronto on 5–7 June 2019: 3 meetings in 2 days, "
        "2 cooperation cases and 1 agreement."
    )


def test_headline_of_the_fixture_event_in_french():
    assert headline(FIGURES, "fr") == (
        "4 organisations, dont 2 clusters, représentant 3 pays (Bulgarie, Canada et France) "
        f"ont participé à «{NBSP}{EVENT_NAME}{NBSP}» à Toronto du 5 au 7 juin 2019{NBSP}: "
        "3 rencontres en 2 jours, 2 cas de coopération et 1 accord."
    )


def test_headline_of_the_fixture_event_in_bulgarian_names_the_city_in_cyrillic():
    assert headline(FIGURES, "bg") == (
        "4 организации, от които 2 клъстера, от 3 държави (България, Канада и Франция) "
        f"участваха в „{EVENT_NAME}“ в Торонто на 5–7 юни 2019 г.: 3 срещи за 2 дни, "
        "2 случая на сътрудничество и 1 споразумение."
    )


EXPECTED = {
    ("en", 1): "1 cluster organisation from 1 country (Bulgaria) met at {e} in Toronto on "
    "5–7 June 2019: 1 meeting in 1 day, 1 cooperation case and 1 agreement.",
    ("en", 2): "2 cluster organisations from 2 countries (Bulgaria and Canada) met at {e} in "
    "Toronto on 5–7 June 2019: 2 meetings in 2 days, 2 cooperation cases and 2 agreements.",
    ("en", 5): "5 cluster organisations from 5 countries (Austria, Bulgaria, Canada, France "
    "and Germany) met at {e} in Toronto on 5–7 June 2019: 5 meetings in 5 days, "
    "5 cooperation cases and 5 agreements.",
    ("en", 21): "21 cluster organisations from 21 countries met at {e} in Toronto on "
    "5–7 June 2019: 21 meetings in 21 days, 21 cooperation cases and 21 agreements.",
    ("fr", 1): "1 cluster représentant 1 pays (Bulgarie) a participé à «_{e}_» à Toronto du "
    "5 au 7 juin 2019_: 1 rencontre en 1 jour, 1 cas de coopération et 1 accord.",
    ("fr", 2): "2 clusters représentant 2 pays (Bulgarie et Canada) ont participé à «_{e}_» "
    "à Toronto du 5 au 7 juin 2019_: 2 rencontres en 2 jours, 2 cas de coopération et "
    "2 accords.",
    # Allemagne (DE) sorts first in French.
    ("fr", 5): "5 clusters représentant 5 pays (Allemagne, Autriche, Bulgarie, Canada et "
    "France) ont participé à «_{e}_» à Toronto du 5 au 7 juin 2019_: 5 rencontres en "
    "5 jours, 5 cas de coopération et 5 accords.",
    ("fr", 21): "21 clusters représentant 21 pays ont participé à «_{e}_» à Toronto du 5 au "
    "7 juin 2019_: 21 rencontres en 21 jours, 21 cas de coopération et 21 accords.",
    # Masculine nouns take the count form after a number (клъстера, случая), "ден" its
    # plural "дни"; the verb agrees with the subject (участва / участваха).
    ("bg", 1): "1 клъстер от 1 държава (България) участва в „{e}“ в Торонто на 5–7 юни "
    "2019 г.: 1 среща за 1 ден, 1 случай на сътрудничество и 1 споразумение.",
    ("bg", 2): "2 клъстера от 2 държави (България и Канада) участваха в „{e}“ в Торонто на "
    "5–7 юни 2019 г.: 2 срещи за 2 дни, 2 случая на сътрудничество и 2 споразумения.",
    ("bg", 5): "5 клъстера от 5 държави (Австрия, България, Германия, Канада и Франция) "
    "участваха в „{e}“ в Торонто на 5–7 юни 2019 г.: 5 срещи за 5 дни, 5 случая на "
    "сътрудничество и 5 споразумения.",
    ("bg", 21): "21 клъстера от 21 държави участваха в „{e}“ в Торонто на 5–7 юни 2019 г.: "
    "21 срещи за 21 дни, 21 случая на сътрудничество и 21 споразумения.",
}


@pytest.mark.parametrize(("language", "n"), sorted(EXPECTED))
def test_headline_plural_forms_for_counts_1_2_5_21(language, n):
    expected = EXPECTED[language, n].format(e=EVENT_NAME).replace("_", NBSP)
    assert headline(_all_clusters(n), language) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "0 agreements"), ("fr", "0 accord"), ("bg", "0 споразумения")],
)
def test_count_of_zero_is_singular_in_french_only(language, expected):
    assert count(get_language(language), "agreements", 0) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ", 1 of them a cluster organisation,"),
        ("fr", ", dont 1 cluster,"),
        ("bg", ", от които 1 клъстер,"),
    ],
)
def test_cluster_clause_for_one_cluster_is_singular(language, expected):
    assert count(get_language(language), "of_them", 1) == expected
