"""Every error answers `{"detail": sentence}`; a serializer's adds `errors` by field.

A domain verb's ValidationError is a 400 with its sentence, its PermissionDenied a 403 (the
sentence says who may); nothing the caller sent becomes a 500."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler


def _sentences(errors: Any, field: str = "") -> list[str]:
    if isinstance(errors, dict):
        return [s for name, value in errors.items() for s in _sentences(value, str(name))]
    if isinstance(errors, list):
        return [s for value in errors for s in _sentences(value, field)]
    text = str(errors)
    return [f"{field}: {text}" if field and field != "non_field_errors" else text]


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    if isinstance(exc, DjangoValidationError):
        return Response({"detail": " ".join(exc.messages)}, status=status.HTTP_400_BAD_REQUEST)
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError) and not (
        isinstance(response.data, dict) and set(response.data) == {"detail"}
    ):
        response.data = {"detail": " ".join(_sentences(response.data)), "errors": response.data}
    elif isinstance(response.data, list):
        response.data = {"detail": " ".join(_sentences(response.data))}
    return response
