"""A verb's refusal shown on the form that asked for it: each message on its field."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError


def sentence(error: ValidationError) -> str:
    return " ".join(str(m) for m in error.messages)


def onto_form(form: forms.Form, error: ValidationError) -> None:
    if not hasattr(error, "error_dict"):
        form.add_error(None, sentence(error))
        return
    for field, errors in error.message_dict.items():
        form.add_error(field if field in form.fields else None, errors)
