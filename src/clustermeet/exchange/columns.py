"""The documented columns of the participant, organisation and item imports.

One declarative table per kind: it drives parsing, the error messages, the downloadable
templates and the documentation (`clustermeet import --columns`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pycountry
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.utils import translation

from clustermeet.exchange.event_file.fields import PHONE, SLUG
from clustermeet.profiles.enums import Attendance, ItemType, OrganisationType
from clustermeet.reference import INDUSTRIAL_ECOSYSTEMS, KEY_ENABLING_TECHNOLOGIES, nace_codes


@dataclass(frozen=True)
class Column:
    name: str
    required: bool
    help: str
    example: str
    parse: Callable[[str], Any]
    max_length: int = 20_000  # characters in the cell; the model's max_length where it has one


# Spreadsheets run a cell that starts so as a formula (=HYPERLINK(...)) when it is opened.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def text(value: str) -> str:
    if value.startswith(FORMULA_STARTS):
        raise ValueError(
            f"starts with {value[0]!r}, which spreadsheets run as a formula; expected plain text"
        )
    return value


def slug(value: str) -> str:
    if not SLUG.match(value):
        raise ValueError(f"expected letters, digits, '-' or '_' only, got '{value[:60]}'")
    return value


def phone(value: str) -> str:
    if not PHONE.match(value):
        raise ValueError(f"expected a phone number such as +1 416 555 0100, got '{value[:60]}'")
    return value


def whole_number(value: str) -> int | None:
    if value == "":
        return None
    try:
        number = int(value)
    except ValueError:
        raise ValueError(f"expected a whole number, got '{value}'") from None
    if number < 0:
        raise ValueError(f"expected a number of 0 or more, got {number}")
    return number


def email(value: str) -> str:
    try:
        EmailValidator()(value)
    except ValidationError:
        raise ValueError(
            f"expected an e-mail address such as anna@cluster.eu, got '{value}'"
        ) from None
    return value.lower()


def url(value: str) -> str:
    if value == "":
        return ""
    if "://" not in value:
        value = "https://" + value
    try:
        URLValidator()(value)
    except ValidationError:
        raise ValueError(
            f"expected a web address such as https://cluster.eu, got '{value}'"
        ) from None
    return value


def country(value: str) -> str:
    found = pycountry.countries.get(alpha_2=value.upper()) or pycountry.countries.get(
        alpha_3=value.upper()
    )
    if found is None:
        try:
            found = pycountry.countries.lookup(value)
        except LookupError:
            raise ValueError(
                f"expected an ISO country code such as DE or a country name, got '{value}'"
            ) from None
    return str(found.alpha_2)


def words(value: str) -> list[str]:
    """A list written in one cell, separated by semicolons."""
    return [text(part.strip()) for part in value.split(";") if part.strip()]


def choice(choices: Any) -> Callable[[str], str]:
    """Accept a choice's code or its English label, in any letter case."""
    lookup: dict[str, str] = {}

    def parse(value: str) -> str:
        if not lookup:  # on first use: the labels are translatable, so read once Django is up
            with translation.override("en"):
                lookup.update({str(v).lower(): str(v) for v in choices.values})
                lookup.update({str(label).lower(): str(v) for v, label in choices.choices})
        try:
            return lookup[value.lower()]
        except KeyError:
            allowed = ", ".join(str(v) for v in choices.values)
            raise ValueError(f"expected one of {allowed}, got '{value}'") from None

    return parse


def vocabulary(allowed: tuple[str, ...] | dict[str, str], what: str) -> Callable[[str], list[str]]:
    by_lower = {a.lower(): a for a in allowed}

    def parse(value: str) -> list[str]:
        result = []
        for word in words(value):
            if word.lower() not in by_lower:
                raise ValueError(f"'{word}' is not a known {what}; see the column help")
            result.append(by_lower[word.lower()])
        return result

    return parse


def languages(value: str) -> list[str]:
    codes = []
    for word in words(value):
        language = pycountry.languages.get(alpha_2=word.lower())
        if language is None:
            try:
                language = pycountry.languages.lookup(word)
            except LookupError:
                raise ValueError(
                    f"'{word}' is not a language; write ISO codes such as en; fr"
                ) from None
        code = getattr(language, "alpha_2", None)
        if code is None:
            raise ValueError(f"'{word}' has no two-letter ISO 639-1 code")
        codes.append(code)
    return codes


def _list_help(items: tuple[str, ...]) -> str:
    return "Separated by ';'. One of: " + "; ".join(items)


ORGANISATION_COLUMNS: tuple[Column, ...] = (
    Column("name", True, "Name of the organisation", "Vitagora", text, 200),
    Column(
        "type",
        True,
        "cluster, company, research, public or other",
        "cluster",
        choice(OrganisationType),
    ),
    Column("country", True, "ISO 3166 code (FR) or English name", "FR", country),
    Column(
        "slug",
        False,
        "Short unique identifier; made from name and country if empty",
        "vitagora",
        slug,
        120,
    ),
    Column("region", False, "Region or city", "Bourgogne-Franche-Comté", text, 100),
    Column("website", False, "Web address", "https://www.vitagora.com", url, 200),
    Column("description", False, "What the organisation does", "Agri-food cluster...", text),
    Column(
        "ecosystems",
        False,
        _list_help(INDUSTRIAL_ECOSYSTEMS),
        "Agri-food; Health",
        vocabulary(INDUSTRIAL_ECOSYSTEMS, "industrial ecosystem"),
    ),
    Column(
        "nace_codes",
        False,
        "NACE Rev. 2 codes separated by ';'",
        "10.89; 72.19",
        vocabulary(tuple(nace_codes()), "NACE Rev. 2 code"),
    ),
    Column(
        "key_technologies",
        False,
        _list_help(KEY_ENABLING_TECHNOLOGIES),
        "Life-science technologies",
        vocabulary(KEY_ENABLING_TECHNOLOGIES, "key technology"),
    ),
    Column("member_count", False, "Clusters: number of members", "450", whole_number),
    Column("founded_year", False, "Year founded", "2005", whole_number),
)

PARTICIPANT_COLUMNS: tuple[Column, ...] = (
    Column(
        "email",
        True,
        "The person's e-mail; it identifies the participant",
        "anna@vitagora.example",
        email,
        254,
    ),
    Column("first_name", True, "First name", "Anna", text, 150),
    Column("last_name", True, "Last name", "Lefèvre", text, 150),
    Column(
        "organisation",
        True,
        "Organisation slug or exact name (imported or already known)",
        "vitagora",
        text,
        200,
    ),
    Column("delegation", False, "Delegation name; created if new", "EU delegation", text, 200),
    Column("job_title", False, "Job title", "International project manager", text, 200),
    Column(
        "phone",
        False,
        "Phone, shown only to agreed meeting partners",
        "+33 3 80 00 00 00",
        phone,
        50,
    ),
    Column("languages", False, "ISO 639-1 codes separated by ';'", "fr; en", languages),
    Column("attendance", False, "onsite or remote (default onsite)", "onsite", choice(Attendance)),
    Column(
        "target_countries",
        False,
        "Countries where partners are sought, separated by ';' (empty: anywhere)",
        "CA; US",
        lambda value: [country(word) for word in words(value)],
    ),
    Column("min_meetings", False, "Fewest meetings wished", "2", whole_number),
    Column("max_meetings", False, "Most meetings accepted", "12", whole_number),
)

ITEM_COLUMNS: tuple[Column, ...] = (
    Column(
        "email",
        True,
        "E-mail of the participant who offers or requests",
        "anna@vitagora.example",
        email,
        254,
    ),
    Column(
        "type",
        True,
        "TO, TR, BO, BR or RDR (or the full name, e.g. Technology Offer)",
        "TR",
        choice(ItemType),
    ),
    Column(
        "title",
        True,
        "Short title; with the e-mail it identifies the item",
        "Pea-protein texturing partner",
        text,
        200,
    ),
    Column("description", False, "What is offered or sought", "We look for...", text),
    Column("keywords", False, "Separated by ';'", "plant protein; extrusion", words),
    Column("language", False, "ISO 639-1 code of the text (default en)", "en", languages),
)

KINDS: dict[str, tuple[Column, ...]] = {
    "organisations": ORGANISATION_COLUMNS,
    "participants": PARTICIPANT_COLUMNS,
    "items": ITEM_COLUMNS,
}
