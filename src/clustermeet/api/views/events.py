"""Events and their structure, readable by anyone who may see the event; an event, its
sessions and tables created by those who run events."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, mixins, status, viewsets
from rest_framework.request import Request
from rest_framework.response import Response

from clustermeet.accounts.models import User
from clustermeet.api.access import access_at, token_of, visible_events
from clustermeet.api.domain.tokens import create_api_token
from clustermeet.api.enums import TokenRole
from clustermeet.api.idempotency import IdempotentWrites
from clustermeet.api.serializers.events import (
    CreatedEventSerializer,
    DelegationSerializer,
    EventInput,
    EventSerializer,
    SessionInput,
    SessionSerializer,
    SlotSerializer,
    TableInput,
    TableSerializer,
)
from clustermeet.api.views.base import ReadView
from clustermeet.events.domain.creation import create_event, require_may_create_events
from clustermeet.events.domain.setup import save_session, save_table
from clustermeet.events.models import Delegation, Event, Session, Slot, Table


class EventViewSet(IdempotentWrites, mixins.ListModelMixin, viewsets.GenericViewSet):  # type: ignore[type-arg]
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

    @extend_schema(request=EventInput, responses={201: CreatedEventSerializer})
    def create(self, request: Request) -> Response:
        """Create an event organised by the caller: an organiser's token (of any event) or a
        staff member's session. The answer carries a new organiser token for the new event,
        since a token works at its own event only."""
        user = request.user if isinstance(request.user, User) else None
        if user is None:
            raise exceptions.NotAuthenticated()
        token = token_of(request)
        if token is not None and token.role != TokenRole.ORGANISER:
            raise exceptions.PermissionDenied(
                "A participant's token may not create events; use an organiser's token."
            )
        require_may_create_events(user)  # before the body: a refusal says who may, not what
        given = EventInput(data=request.data)
        given.is_valid(raise_exception=True)
        event = create_event(acting_user=user, **given.validated_data)
        _, secret = create_api_token(event, user, name="made with the event", acting_user=user)
        answer = {**EventSerializer(event).data, "token": secret}
        return Response(answer, status=status.HTTP_201_CREATED)


class SessionViewSet(ReadView):
    model = Session
    serializer_class = SessionSerializer

    @extend_schema(request=SessionInput, responses={201: SessionSerializer})
    def create(self, request: Request, slug: str) -> Response:
        """Add a session (one day's bookable time); its slots follow from its times."""
        self.access.require_organiser()
        session = save_session(
            self.event, acting_user=self.acting_user, **self.parsed(SessionInput)
        )
        return Response(SessionSerializer(session).data, status=status.HTTP_201_CREATED)


class SlotViewSet(ReadView):
    model = Slot
    serializer_class = SlotSerializer
    filter_fields = {"session": ("session_id", int)}


class TableViewSet(ReadView):
    model = Table
    serializer_class = TableSerializer
    filter_fields = {"kind": ("kind", str)}

    @extend_schema(request=TableInput, responses={201: TableSerializer})
    def create(self, request: Request, slug: str) -> Response:
        """Add a table, booth or virtual room (a virtual room needs its link)."""
        self.access.require_organiser()
        table = save_table(self.event, acting_user=self.acting_user, **self.parsed(TableInput))
        return Response(TableSerializer(table).data, status=status.HTTP_201_CREATED)


class DelegationViewSet(ReadView):
    model = Delegation
    serializer_class = DelegationSerializer
