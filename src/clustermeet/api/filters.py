"""Simple filters: each list names its query parameters and the field each one matches.

`filter_fields = {"status": ("status", str), "schedule": ("schedule_id", int)}` on a view
lets `?status=accepted&schedule=3` through; a value of the wrong kind is a clear 400."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from rest_framework import exceptions
from rest_framework.filters import BaseFilterBackend
from rest_framework.request import Request


class QueryFilters(BaseFilterBackend):
    def filter_queryset(self, request: Request, queryset: QuerySet[Any], view: Any) -> Any:
        for name, (lookup, kind) in getattr(view, "filter_fields", {}).items():
            raw = request.query_params.get(name)
            if raw is None or raw == "":
                continue
            try:
                value = kind(raw)
                if kind is int and not 0 <= value < 2**63:
                    raise ValueError(raw)
            except ValueError as error:
                raise exceptions.ValidationError(
                    {name: f"expected a whole number such as 3, got {raw!r}"}
                ) from error
            queryset = queryset.filter(**{lookup: value})
        return queryset.distinct() if getattr(view, "filter_distinct", False) else queryset

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        return [
            {
                "name": name,
                "in": "query",
                "required": False,
                "description": f"Only rows whose {name} is this",
                "schema": {"type": "integer" if kind is int else "string"},
            }
            for name, (_lookup, kind) in getattr(view, "filter_fields", {}).items()
        ]
