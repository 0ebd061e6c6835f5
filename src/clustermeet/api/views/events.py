"""Events and their structure, readable by anyone who may see the event."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from rest_framework import mixins, viewsets
from rest_framework.request import Request
from rest_framework.response import Response

from clustermeet.api.access import access_at, visible_events
from clustermeet.api.serializers.events import (
    DelegationSerializer,
    EventSerializer,
    SessionSerializer,
    SlotSerializer,
    TableSerializer,
)
from clustermeet.api.views.base import ReadView
from clustermeet.events.models import Delegation, Event, Session, Slot, Table


class EventViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):  # type: ignore[type-arg]
    """Public events, and those the caller organises or takes part in."""

    serializer_class = EventSerializer
    lookup_field = "slug"
    lookup_value_converter = "slug"
    filter_backends: list[Any] = []

    def get_queryset(self) -> QuerySet[Event]:
        if getattr(self, "swagger_fake_view", False):
            return Event.objects.none()
        return Event.objects.filter(pk__in=[e.pk for e in visible_events(self.request)])

    def retrieve(self, request: Request, slug: str) -> Response:
        return Response(self.get_serializer(access_at(request, slug).event).data)


class SessionViewSet(ReadView):
    model = Session
    serializer_class = SessionSerializer


class SlotViewSet(ReadView):
    model = Slot
    serializer_class = SlotSerializer
    filter_fields = {"session": ("session_id", int)}


class TableViewSet(ReadView):
    model = Table
    serializer_class = TableSerializer
    filter_fields = {"kind": ("kind", str)}


class DelegationViewSet(ReadView):
    model = Delegation
    serializer_class = DelegationSerializer
