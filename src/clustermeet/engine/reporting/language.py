"""What a language's templates hold, and the plural rule that picks a noun's form.

Plural forms follow CLDR's cardinal rules, which need two forms for English, French and
Bulgarian: English and Bulgarian use "one" for 1 only, French for 0 and 1 ("0 accord",
"1 accord", "2 accords"). Bulgarian masculine nouns take their count form after a number
("1 клъстер", "5 клъстера"), so that form is written as their "other" form.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Counted:
    """A phrase with a count in it: `one` and `other` hold `{n}`."""

    one: str
    other: str


@dataclass(frozen=True)
class DateForms:
    """Format strings over d1, m1, y1 (start) and d2, m2, y2 (end); `plain` over d, m, y."""

    same_day: str
    same_month: str
    same_year: str
    other_year: str
    plain: str
    first_day: str  # how the 1st of a month is written ("1er" in French)


@dataclass(frozen=True)
class Language:
    code: str
    one: frozenset[int]  # the counts that take the "one" form
    thousands: str  # thousands separator
    group_from: int  # numbers from this size on are grouped by thousands
    decimal: str
    percent: str  # format over {value}
    conjunction: str  # the last link of a list: "A, B and C"
    months: tuple[str, ...]  # genitive where the language needs it ("5 юни")
    dates: DateForms
    counted: Mapping[str, Counted]  # the headline's counted nouns and verbs
    headline: str  # format over the pieces headline.py builds
    place: str  # format over {city}
    place_by_initial: Mapping[str, str]  # a city's first letter -> its own place format
    labels: Mapping[str, str]  # report headings, table columns and stage names
    anonymous: Mapping[str, str]  # organisation type -> "a cluster from {country}"


def count(language: Language, key: str, n: int) -> str:
    """The counted phrase `key` for n, number written the language's way."""
    phrase = language.counted[key]
    form = phrase.one if n in language.one else phrase.other
    return form.format(n=number(language, n))


def number(language: Language, n: int) -> str:
    if abs(n) < language.group_from:
        return str(n)
    return f"{n:,}".replace(",", language.thousands)


def decimal(language: Language, value: float, places: int = 1) -> str:
    return f"{value:.{places}f}".replace(".", language.decimal)


def percent(language: Language, share: float) -> str:
    return language.percent.format(value=decimal(language, 100 * share))


def join(language: Language, items: list[str]) -> str:
    """'A', 'A and B', 'A, B and C' in the language's words."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {language.conjunction} {items[-1]}"
