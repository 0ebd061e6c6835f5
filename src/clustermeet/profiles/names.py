"""Country and language names in the page's language, from the ISO catalogues that ship in
pycountry's wheel (one place for every page, form and export that shows them)."""

from __future__ import annotations

import gettext
from functools import cache

import pycountry
from django.utils.translation import get_language

from clustermeet.engine.reporting.countries import country_name, sort_key


def _language() -> str:
    return (get_language() or "en").split("-")[0]


@cache
def _languages_catalogue(language: str) -> gettext.NullTranslations:
    if language == "en":
        return gettext.NullTranslations()
    return gettext.translation(
        "iso639-3", pycountry.LOCALES_DIR, languages=[language], fallback=True
    )


def country_label(code: str) -> str:
    """ "Canada", "Канада": the everyday name; the code itself when ISO 3166 does not know it."""
    return country_name(code, _language())


def language_label(code: str) -> str:
    """ "French", "français": a language by its two-letter code, in the page's language."""
    found = pycountry.languages.get(alpha_2=code)
    if found is None:
        return code
    return _languages_catalogue(_language()).gettext(found.name)


def country_options() -> list[tuple[str, str]]:
    """Every country, sorted by its name in the page's language."""
    rows = [(c.alpha_2, country_label(c.alpha_2)) for c in pycountry.countries]
    return sorted(rows, key=lambda row: sort_key(row[1]))
