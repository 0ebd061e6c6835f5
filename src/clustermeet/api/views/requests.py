"""Requests: read; send, answer (accept, decline, propose another time), take up a proposed
time, and cancel, each through its domain verb in `meetings.domain.requests`.

Who may is checked before the body is read: a participant acts for their own side of a
request (a token narrows an organiser's account to the role it was made for), an organiser
for either side. The verbs check the same again, and write the audit entry."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, mixins, status
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from clustermeet.api.serializers.meetings import RequestSerializer
from clustermeet.api.serializers.requests import RespondInput, SendInput
from clustermeet.api.views.base import ReadView, one
from clustermeet.events.models import Slot
from clustermeet.meetings.domain.requests import (
    accept_proposal,
    cancel_request,
    respond_to_request,
    send_request,
)
from clustermeet.meetings.models import Request as MeetingRequest
from clustermeet.profiles.models import Participant

# Which side of a request may do what (besides an organiser), in the verbs' own words.
REQUESTER = ("requester_id", "the person who sent this request")
REQUESTED = ("requested_id", "the person this request was sent to")


class RequestViewSet(mixins.CreateModelMixin, ReadView):
    """An organiser reads every request; a participant those they sent or received."""

    model = MeetingRequest
    serializer_class = RequestSerializer
    read = "member"
    filter_fields = {
        "status": ("status", str),
        "requester": ("requester_id", int),
        "requested": ("requested_id", int),
    }

    def rows(self) -> QuerySet[Any]:
        rows = super().rows()
        if self.access.organiser:
            return rows
        me = self.access.participant
        return rows.filter(Q(requester=me) | Q(requested=me))

    def _as(self, side: tuple[str, str]) -> MeetingRequest:
        """The request in the URL, once the caller may act for `side` of it."""
        found: MeetingRequest = self.get_object()
        if not self.access.organiser:
            field, who = side
            if getattr(found, field) != self.access.require_participant().pk:
                raise exceptions.PermissionDenied(
                    f"Only {who} or an organiser of '{self.event.name}' may do this."
                )
        return found

    def _answer(self, answered: MeetingRequest, code: int = status.HTTP_200_OK) -> Response:
        return Response(RequestSerializer(answered).data, status=code)

    @extend_schema(request=SendInput, responses={201: RequestSerializer})
    def create(self, request: Request, slug: str) -> Response:
        """Ask to meet someone: pending, or accepted at once (automatic mode, or they had
        asked you first)."""
        self.access.require_member()
        data = self.parsed(SendInput)
        requester = self.person_for(data.get("requester"), "sends requests")
        requested = one(Participant, self.event, data["requested"], "requested")
        sent = send_request(
            requester,
            requested,
            acting_user=self.acting_user,
            message=data["message"],
            priority=data["priority"],
        )
        return self._answer(sent, status.HTTP_201_CREATED)

    @extend_schema(request=RespondInput, responses=RequestSerializer)
    @action(detail=True, methods=["post"])
    def respond(self, request: Request, slug: str, pk: str) -> Response:
        """The requested side accepts, declines, or proposes another slot."""
        asked = self._as(REQUESTED)
        data = self.parsed(RespondInput)
        slot = data.get("proposed_slot")
        proposed = one(Slot, self.event, slot, "proposed_slot") if slot is not None else None
        answered = respond_to_request(
            asked, data["answer"], acting_user=self.acting_user, proposed_slot=proposed
        )
        return self._answer(answered)

    @extend_schema(request=None, responses=RequestSerializer)
    @action(detail=True, methods=["post"], url_path="accept-proposal")
    def accept_proposal(self, request: Request, slug: str, pk: str) -> Response:
        """The requester takes up the time the other side proposed."""
        return self._answer(accept_proposal(self._as(REQUESTER), acting_user=self.acting_user))

    @extend_schema(request=None, responses=RequestSerializer)
    @action(detail=True, methods=["post"])
    def cancel(self, request: Request, slug: str, pk: str) -> Response:
        """The requester withdraws the request; its meetings not yet held are cancelled."""
        return self._answer(cancel_request(self._as(REQUESTER), acting_user=self.acting_user))
