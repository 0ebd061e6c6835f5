"""The post-event report's figures (organisers), as `reports.domain.report` computes them."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework.request import Request
from rest_framework.response import Response

from clustermeet.api.serializers.reports import FiguresQuery, FiguresSerializer
from clustermeet.api.views.base import EventView
from clustermeet.engine.reporting import headline
from clustermeet.events.models import Event
from clustermeet.reports.domain.report import event_figures


class ReportViewSet(EventView):
    model = Event  # the figures are the event's; no rows are listed
    read = "organiser"
    serializer_class = FiguresSerializer
    pagination_class = None
    filter_backends = []

    @extend_schema(parameters=[FiguresQuery], responses=FiguresSerializer)
    def figures(self, request: Request, slug: str) -> Response:
        """Headcount, funnel, meetings, outcomes and requests, with the headline paragraph."""
        self.check_read()
        query = FiguresQuery(data=request.query_params)
        query.is_valid(raise_exception=True)
        language = query.validated_data["language"]
        figures = event_figures(self.event, as_of=query.validated_data.get("as_of"))
        answer = {"headline": headline(figures, language), "language": language}
        return Response(FiguresSerializer({**answer, "figures": figures}).data)
