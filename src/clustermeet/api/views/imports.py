"""Organisations, participants and items imported into an event, as the console imports
them: every row checked first, one bad row and nothing is written (400 naming each)."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.parsers import JSONParser, MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response

from clustermeet.api.serializers.imports import (
    ImportInput,
    ImportRejectedSerializer,
    ImportReportSerializer,
)
from clustermeet.api.views.base import EventView
from clustermeet.events.models import Event
from clustermeet.exchange.files import check_size
from clustermeet.exchange.problems import ImportRejected
from clustermeet.exchange.tabular import Sheet, read_csv, read_xlsx
from clustermeet.exchange.tabular_import import import_sheets


class ImportViewSet(EventView):
    model = Event  # nothing is listed
    read = "organiser"
    serializer_class = ImportInput  # what OPTIONS describes
    parser_classes = [JSONParser, MultiPartParser]
    pagination_class = None
    filter_backends: list[Any] = []

    def _sheets(self, request: Request) -> list[Sheet]:
        sheets: list[Sheet] = []
        if request.FILES:
            for upload in request.FILES.getlist("file") or list(request.FILES.values()):
                name = upload.name or "upload.csv"
                check_size(upload.size or 0, name)  # before a byte of it is read
                data = upload.read()
                if name.lower().endswith(".xlsx"):
                    sheets += read_xlsx(data, name)
                else:
                    sheets.append(read_csv(data, name))
            return sheets
        for name, text in self.parsed(ImportInput)["sheets"].items():
            data = text.encode()
            check_size(len(data), name)
            sheets.append(read_csv(data, name))
        return sheets

    @extend_schema(
        request=ImportInput,
        responses={201: ImportReportSerializer, 400: ImportRejectedSerializer},
    )
    def create(self, request: Request, slug: str) -> Response:
        """Import sheets of organisations, participants and items; re-importing updates
        records in place (organisations by slug, participants by e-mail)."""
        self.access.require_organiser()
        try:
            report = import_sheets(self.event, self._sheets(request), acting_user=self.acting_user)
        except ImportRejected as rejected:
            problems = [
                {"where": p.where, "field": p.field, "message": p.message}
                for p in rejected.problems
            ]
            return Response(
                {"detail": str(rejected), "problems": problems},
                status=status.HTTP_400_BAD_REQUEST,
            )
        answer = {
            "created": dict(report.created),
            "updated": dict(report.updated),
            "accounts_created": report.accounts_created,
            "summary": report.summary(),
        }
        return Response(ImportReportSerializer(answer).data, status=status.HTTP_201_CREATED)
