from __future__ import annotations

from typing import Any

from rest_framework import serializers

from clustermeet.api.webhook_models import Webhook, WebhookDelivery


class WebhookSerializer(serializers.ModelSerializer[Webhook]):
    class Meta:
        model = Webhook
        fields = ["id", "url", "types", "active", "disabled_reason", "created_at"]
        read_only_fields = fields


class NewWebhookSerializer(WebhookSerializer):
    """Only the answer to creating a webhook shows its signing secret."""

    class Meta(WebhookSerializer.Meta):
        fields = [*WebhookSerializer.Meta.fields, "secret"]
        read_only_fields = fields


class WebhookInput(serializers.Serializer[Any]):
    url = serializers.CharField(max_length=500)
    types = serializers.ListField(child=serializers.CharField(), required=False, default=list)


class DeliverySerializer(serializers.ModelSerializer[WebhookDelivery]):
    class Meta:
        model = WebhookDelivery
        fields = [
            "id",
            "message_id",
            "type",
            "payload",
            "state",
            "attempts",
            "last_status",
            "last_error",
            "next_attempt_at",
            "delivered_at",
            "created_at",
        ]
        read_only_fields = fields
