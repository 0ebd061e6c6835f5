"""Organisations (public with the event), participants and items (its members only); a
person's agenda, recommendations and availability (themselves or an organiser)."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet
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
from clustermeet.api.serializers.requests import (
    AvailabilityInput,
    AvailabilitySerializer,
    RecommendationSerializer,
)
from clustermeet.api.views.base import ReadView
from clustermeet.events.models import Slot
from clustermeet.matchmaking.models import Recommendation
from clustermeet.meetings.domain.agenda import agenda
from clustermeet.meetings.domain.availability import set_availability
from clustermeet.meetings.domain.contacts import agreed_partner_ids, may_see_contact
from clustermeet.profiles.enums import Registration
from clustermeet.profiles.models import Item, Organisation, Participant, Unavailability


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
        rows = super().rows().select_related("user", "organisation")
        if getattr(self, "swagger_fake_view", False) or self.access.organiser:
            return rows
        # As in the directory: participants see approved people with an account, and themselves.
        viewer = self.access.participant
        listed = Q(registration=Registration.APPROVED, user__is_active=True)
        return rows.filter(listed | Q(pk=viewer.pk)) if viewer is not None else rows.filter(listed)

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
        return Response(AgendaEntrySerializer(agenda(self._own()), many=True).data)

    @extend_schema(responses=RecommendationSerializer(many=True))
    @action(detail=True, pagination_class=None, filter_backends=[])
    def recommendations(self, request: Request, slug: str, pk: str) -> Response:
        """The person's recommended partners as last computed, best first, with the reason."""
        rows = (
            Recommendation.objects.filter(participant=self._own())
            .select_related("candidate__user", "candidate__organisation")
            .order_by("rank")
        )
        return Response(RecommendationSerializer(rows, many=True).data)

    @extend_schema(methods=["GET"], request=None, responses=AvailabilitySerializer, filters=False)
    @extend_schema(methods=["POST"], request=AvailabilityInput, responses=AvailabilitySerializer)
    @action(detail=True, methods=["get", "post"], pagination_class=None, filter_backends=[])
    def availability(self, request: Request, slug: str, pk: str) -> Response:
        """The slots the person cannot meet in; POST replaces them (`set_availability`)."""
        person = self._own()
        warnings: list[str] = []
        if request.method == "POST":
            data = self.parsed(AvailabilityInput)
            wanted = set(data["unavailable_slots"])
            slots = list(Slot.objects.filter(event=self.event, pk__in=wanted))
            missing = sorted(wanted - {s.pk for s in slots})
            if missing:
                raise exceptions.ValidationError(
                    {"unavailable_slots": f"no slots {missing} at '{self.event.slug}'"}
                )
            warnings = set_availability(person, slots, acting_user=self.acting_user)
        unavailable = Unavailability.objects.filter(participant=person).order_by("slot_id")
        answer = {
            "participant": person.pk,
            "unavailable_slots": list(unavailable.values_list("slot_id", flat=True)),
            "warnings": warnings,
        }
        return Response(AvailabilitySerializer(answer).data)

    def _own(self) -> Participant:
        """The person in the URL, when the caller is that person or an organiser."""
        person: Participant = self.get_object()
        if not self.access.organiser and self.access.require_participant().pk != person.pk:
            raise exceptions.PermissionDenied(
                f"Only the person themselves or an organiser of '{self.event.name}' may do this."
            )
        return person


class ItemViewSet(ReadView):
    model = Item
    serializer_class = ItemSerializer
    read = "member"
    filter_fields = {"participant": ("participant_id", int), "kind": ("kind", str)}
