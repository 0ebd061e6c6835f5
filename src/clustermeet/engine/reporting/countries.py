"""Country names in the report's language, from pycountry and the ISO 3166 catalogues that
ship inside its wheel (read once, never fetched)."""

from __future__ import annotations

import gettext
import unicodedata
from functools import cache

import pycountry


@cache
def _catalogue(language: str) -> gettext.NullTranslations:
    if language == "en":
        return gettext.NullTranslations()
    return gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True
    )


def country_name(code: str, language: str) -> str:
    """The everyday name ("South Korea", "Южна Корея"); the code itself when ISO 3166 does
    not know it."""
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    english: str = getattr(country, "common_name", None) or country.name
    return _catalogue(language).gettext(english)


def sort_key(name: str) -> str:
    """Alphabetical order that files "Égypte" under E (accents stripped, case folded)."""
    decomposed = unicodedata.normalize("NFD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def country_names(codes: tuple[str, ...], language: str) -> list[str]:
    """The names of `codes`, sorted in the language's alphabetical order."""
    return sorted((country_name(code, language) for code in codes), key=sort_key)
