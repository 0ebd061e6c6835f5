"""Dates, numbers, lists and places written the way each language writes them."""

from dataclasses import replace
from datetime import date

import pytest

from clustermeet.engine.reporting import compute_figures, headline
from clustermeet.engine.reporting.countries import country_name, country_names
from clustermeet.engine.reporting.dates import date_range, plain_date
from clustermeet.engine.reporting.language import join, number, percent
from clustermeet.engine.reporting.languages import get_language
from tests.engine.reporting.fixture import EVENT

NNBSP, NBSP = "\u202f", "\u00a0"
JUNE_5, JUNE_7 = date(2019, 6, 5), date(2019, 6, 7)
MAY_30, JULY_1 = date(2019, 5, 30), date(2019, 7, 1)
DEC_30, JAN_2 = date(2019, 12, 30), date(2020, 1, 2)


@pytest.mark.parametrize(
    ("language", "start", "end", "expected"),
    [
        ("en", JUNE_5, JUNE_5, "on 5 June 2019"),
        ("en", JUNE_5, JUNE_7, "on 5–7 June 2019"),
        ("en", MAY_30, JULY_1, "on 30 May – 1 July 2019"),
        ("en", DEC_30, JAN_2, "on 30 December 2019 – 2 January 2020"),
        ("fr", JUNE_5, JUNE_5, "le 5 juin 2019"),
        ("fr", JUNE_5, JUNE_7, "du 5 au 7 juin 2019"),
        ("fr", MAY_30, JULY_1, "du 30 mai au 1er juillet 2019"),
        ("fr", DEC_30, JAN_2, "du 30 décembre 2019 au 2 janvier 2020"),
        ("bg", JUNE_5, JUNE_5, "на 5 юни 2019 г."),
        ("bg", JUNE_5, JUNE_7, "на 5–7 юни 2019 г."),
        ("bg", MAY_30, JULY_1, "на 30 май – 1 юли 2019 г."),
        ("bg", DEC_30, JAN_2, "на 30 декември 2019 г. – 2 януари 2020 г."),
    ],
)
def test_date_range_in_each_form(language, start, end, expected):
    assert date_range(get_language(language), start, end) == expected


def test_plain_date_writes_the_first_of_the_month_as_1er_in_french():
    assert plain_date(get_language("fr"), JULY_1) == "1er juillet 2019"
    assert plain_date(get_language("bg"), JULY_1) == "1 юли 2019 г."


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", ["2210", "2,210", "86,000"]), ("fr", ["2210", "2210", f"86{NNBSP}000"]),
     ("bg", ["2210", "2210", f"86{NBSP}000"])],
)  # fmt: skip
def test_numbers_group_thousands_the_language_way(language, expected):
    words = get_language(language)
    assert [str(2210), number(words, 2210), number(words, 86000)] == expected


def test_percent_uses_the_language_decimal_sign():
    assert [percent(get_language(code), 0.125) for code in ("en", "fr", "bg")] == [
        "12.5%",
        f"12,5{NBSP}%",
        "12,5%",
    ]


def test_join_lists_with_the_language_conjunction():
    assert join(get_language("en"), ["A"]) == "A"
    assert join(get_language("fr"), ["A", "B"]) == "A et B"
    assert join(get_language("bg"), ["А", "Б", "В"]) == "А, Б и В"


def test_country_names_come_from_the_catalogues_and_sort_without_accents():
    assert country_name("KR", "bg") == "Южна Корея"
    # "Égypte" files under E, before "Espagne"; plain code order would put ES first.
    assert country_names(("ES", "EG", "DE"), "fr") == ["Allemagne", "Égypte", "Espagne"]
    assert country_name("XK", "fr") == "XK"  # not in ISO 3166: the code stays


def test_bulgarian_place_says_vav_before_v_and_f():
    info = replace(EVENT.info, city_names=(("bg", "Варна"),))
    text = headline(compute_figures(replace(EVENT, info=info)), "bg")
    assert text == (
        "4 организации, от които 2 клъстера, от 3 държави (България, Канада и Франция) "
        "участваха в „EU–Canada Cluster Matchmaking Event 2019“ във Варна на 5–7 юни "
        "2019 г.: 3 срещи за 2 дни, 2 случая на сътрудничество и 1 споразумение."
    )


def test_headline_leaves_the_place_out_without_a_city():
    info = replace(EVENT.info, city="", city_names=())
    text = headline(compute_figures(replace(EVENT, info=info)), "en")
    assert text == (
        "4 organisations, 2 of them cluster organisations, from 3 countries (Bulgaria, Canada "
        "and France) met at EU–Canada Cluster Matchmaking Event 2019 on 5–7 June 2019: "
        "3 meetings in 2 days, 2 cooperation cases and 1 agreement."
    )


def test_unknown_language_is_refused_in_one_line():
    with pytest.raises(ValueError, match=r"^report language 'de' is not available; "
                       r"expected one of en, fr, bg$"):  # fmt: skip
        get_language("de")
