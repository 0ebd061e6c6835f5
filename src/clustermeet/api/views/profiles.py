"""Organisations (public with the event), participants and items (its members only)."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from clustermeet.api.serializers.meetings import AgendaEntrySerializer
from clustermeet.api.serializers.profiles import (
    ALL_CONTACTS,
    ItemSerializer,
    OrganisationSerializer,
    ParticipantSerializer,
)
from clustermeet.api.views.base import ReadView
from clustermeet.meetings.domain.agenda import agenda
from clustermeet.meetings.domain.contacts import agreed_partner_ids, may_see_contact
from clustermeet.profiles.models import Item, Organisation, Participant


class OrganisationViewSet(ReadView):
    model = Organisation
    serializer_class = OrganisationSerializer
    filter_fields = {"country": ("country", str), "kind": ("kind", str)}


class ParticipantViewSet(ReadView):
    """E-mail and phone are shown to organisers, to the person, and to agreed partners."""

    model = Participant
    serializer_class = ParticipantSerializer
    read = "member"
    filter_fields = {
        "organisation": ("organisation_id", int),
        "delegation": ("delegation_id", int),
        "attendance": ("attendance", str),
    }

    def rows(self) -> QuerySet[Any]:
        return super().rows().select_related("user", "organisation")

    def get_serializer_context(self) -> dict[str, Any]:
        context = dict(super().get_serializer_context())
        if getattr(self, "swagger_fake_view", False):
            return context
        viewer = self.access.participant
        if self.access.organiser:
            context["contacts"] = ALL_CONTACTS
        elif viewer is not None and self.action == "retrieve":
            other = self.get_object()
            context["contacts"] = {other.pk} if may_see_contact(viewer, other) else set()
        elif viewer is not None:
            context["contacts"] = agreed_partner_ids(viewer) | {viewer.pk}
        return context

    @extend_schema(responses=AgendaEntrySerializer(many=True))
    @action(detail=True, pagination_class=None, filter_backends=[])
    def agenda(self, request: Request, slug: str, pk: str) -> Response:
        """The person's meetings in the published schedule (themselves or an organiser)."""
        person = self.get_object()
        if not self.access.organiser and self.access.require_participant().pk != person.pk:
            raise exceptions.PermissionDenied(
                f"Only the person themselves or an organiser of '{self.event.name}' may see this."
            )
        return Response(AgendaEntrySerializer(agenda(person), many=True).data)


class ItemViewSet(ReadView):
    model = Item
    serializer_class = ItemSerializer
    read = "member"
    filter_fields = {"participant": ("participant_id", int), "kind": ("kind", str)}
