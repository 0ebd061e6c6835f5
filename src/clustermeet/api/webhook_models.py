"""Webhooks and their delivery log (Standard Webhooks signing; see domain/webhooks.py)."""

from __future__ import annotations

from django.db import models

from clustermeet.events.models import Event


class Webhook(models.Model):
    """An organiser's receiver for one event's happenings; off after a 410 Gone."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="+")
    url = models.URLField(max_length=500)
    # Kept in clear: the server signs with it (Standard Webhooks' "whsec_" + base64 key).
    secret = models.CharField(max_length=80)
    types = models.JSONField(default=list, help_text="Event types sent; empty: all of them")
    active = models.BooleanField(default=True)
    disabled_reason = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.url


class DeliveryState(models.TextChoices):
    PENDING = "pending", "Pending"
    DELIVERED = "delivered", "Delivered"
    FAILED = "failed", "Failed (gave up)"
    GONE = "gone", "Receiver gone (410)"


class WebhookDelivery(models.Model):
    """One message to one webhook, with what its last attempt got."""

    webhook = models.ForeignKey(Webhook, on_delete=models.CASCADE, related_name="deliveries")
    message_id = models.CharField(max_length=40, help_text="webhook-id: the same on every retry")
    type = models.CharField(max_length=40)
    payload = models.JSONField()
    state = models.CharField(
        max_length=10, choices=DeliveryState.choices, default=DeliveryState.PENDING
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    last_status = models.PositiveSmallIntegerField(null=True, blank=True)
    last_error = models.CharField(max_length=300, blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["state", "next_attempt_at"], name="delivery_due")]
