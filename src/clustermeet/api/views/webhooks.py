"""An event's webhooks and their delivery log: the organisers'."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from clustermeet.api.domain.webhooks import create_webhook
from clustermeet.api.serializers.webhooks import (
    DeliverySerializer,
    NewWebhookSerializer,
    WebhookInput,
    WebhookSerializer,
)
from clustermeet.api.views.base import ReadView
from clustermeet.api.webhook_models import Webhook, WebhookDelivery


class WebhookViewSet(mixins.CreateModelMixin, ReadView):
    model = Webhook
    serializer_class = WebhookSerializer
    read = "organiser"

    @extend_schema(request=WebhookInput, responses={201: NewWebhookSerializer})
    def create(self, request: Request, slug: str) -> Response:
        self.access.require_organiser()
        data = self.parsed(WebhookInput)
        webhook = create_webhook(
            self.event, data["url"], data["types"], acting_user=self.acting_user
        )
        return Response(NewWebhookSerializer(webhook).data, status=status.HTTP_201_CREATED)

    @extend_schema(responses=DeliverySerializer(many=True))
    @action(detail=True, filter_backends=[])
    def deliveries(self, request: Request, slug: str, pk: str) -> Response:
        """The webhook's delivery log, newest first (paged)."""
        webhook = self.get_object()
        rows: QuerySet[Any] = WebhookDelivery.objects.filter(webhook=webhook)
        page = self.paginate_queryset(rows)
        return self.get_paginated_response(DeliverySerializer(page, many=True).data)
