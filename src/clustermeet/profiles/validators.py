"""Validators for profile fields, shared by models and imports."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError

from clustermeet.reference import INDUSTRIAL_ECOSYSTEMS, KEY_ENABLING_TECHNOLOGIES, nace_codes


def _check_list(value: Any, allowed: set[str] | dict[str, str], what: str, example: str) -> None:
    if not isinstance(value, list):
        raise ValidationError(f"{what} must be a list, e.g. ['{example}'].")
    unknown = [v for v in value if v not in allowed]
    if unknown:
        raise ValidationError(
            f"Unknown {what.lower()}: {', '.join(map(str, unknown))} (e.g. '{example}')."
        )


def validate_ecosystems(value: Any) -> None:
    _check_list(value, set(INDUSTRIAL_ECOSYSTEMS), "Industrial ecosystems", "Agri-food")


def validate_key_technologies(value: Any) -> None:
    _check_list(
        value, set(KEY_ENABLING_TECHNOLOGIES), "Key enabling technologies", "Advanced materials"
    )


def validate_nace_codes(value: Any) -> None:
    _check_list(value, nace_codes(), "NACE codes", "10.89")


def validate_string_list(value: Any) -> None:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValidationError("Must be a list of words, e.g. ['plant protein', 'extrusion'].")
