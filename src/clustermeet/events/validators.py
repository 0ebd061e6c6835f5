"""Validators shared by models, imports and the API."""

from __future__ import annotations

from typing import Any

import pycountry
from django.core.exceptions import ValidationError


def validate_language_list(value: Any) -> None:
    if not isinstance(value, list):
        raise ValidationError("Languages must be a list of ISO 639-1 codes such as ['en', 'fr'].")
    for code in value:
        if not isinstance(code, str) or pycountry.languages.get(alpha_2=code) is None:
            raise ValidationError(f"'{code}' is not an ISO 639-1 language code such as 'en'.")


def validate_country(value: str) -> None:
    if pycountry.countries.get(alpha_2=value) is None:
        raise ValidationError(f"'{value}' is not an ISO 3166 alpha-2 country code such as 'DE'.")


def validate_country_list(value: Any) -> None:
    if not isinstance(value, list):
        raise ValidationError("Countries must be a list of ISO 3166 alpha-2 codes such as ['CA'].")
    for code in value:
        if not isinstance(code, str):
            raise ValidationError(f"{code!r} is not a country code such as 'CA'.")
        validate_country(code)


def validate_type_pairs(value: Any) -> None:
    from clustermeet.events.enums import OrganisationType

    known = set(OrganisationType.values)
    if not isinstance(value, list):
        raise ValidationError('Type pairs must be a list such as [["cluster", "company"]].')
    for pair in value:
        if not (isinstance(pair, list) and len(pair) == 2 and set(pair) <= known):
            raise ValidationError(
                f"{pair!r} is not a pair of organisation types from {sorted(known)}."
            )
