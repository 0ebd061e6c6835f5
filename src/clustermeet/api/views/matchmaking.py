"""People's marks on each other: read, and set through `set_mark`."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import mixins, status
from rest_framework.request import Request
from rest_framework.response import Response

from clustermeet.api.serializers.matchmaking import MarkInput, MarkSerializer
from clustermeet.api.views.base import ReadView, one
from clustermeet.matchmaking.domain.marks import set_mark
from clustermeet.matchmaking.models import Mark
from clustermeet.profiles.models import Participant


class MarkViewSet(mixins.CreateModelMixin, ReadView):
    """A participant reads and sets their own marks; an organiser anyone's."""

    model = Mark
    serializer_class = MarkSerializer
    read = "member"
    filter_fields = {"participant": ("participant_id", int), "target": ("target_id", int)}

    def rows(self) -> QuerySet[Any]:
        rows = super().rows()
        return rows if self.access.organiser else rows.filter(participant=self.access.participant)

    @extend_schema(
        request=MarkInput,
        responses={
            201: MarkSerializer,
            204: OpenApiResponse(description="The mark was removed (kind null)"),
        },
    )
    def create(self, request: Request, slug: str) -> Response:
        self.access.require_member()
        data = self.parsed(MarkInput)
        person = self.person_for(data.get("participant"), "sets marks")
        target = one(Participant, self.event, data["target"], "target")
        mark = set_mark(person, target, data["kind"], acting_user=self.acting_user)
        if mark is None:
            return Response(status=status.HTTP_204_NO_CONTENT)
        return Response(MarkSerializer(mark).data, status=status.HTTP_201_CREATED)
