"""API tokens and the stored first answers of idempotent writes.

A token's secret is shown once, when it is made; only its SHA-256 is kept (the secret is 256
random bits, so a fast hash is enough: nobody can guess their way back)."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from clustermeet.api.enums import TokenRole
from clustermeet.events.models import Event


class ApiToken(models.Model):
    """A bearer token of one user for one event, in one role; revocable."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    role = models.CharField(max_length=16, choices=TokenRole.choices)
    name = models.CharField(max_length=100, blank=True, help_text="What the token is for")
    prefix = models.CharField(max_length=12, help_text="The secret's first characters, to tell")
    secret_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField()
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.role} of {self.event_id})"


class IdempotencyState(models.TextChoices):
    RUNNING = "running", "Running"
    DONE = "done", "Done"


class IdempotentRequest(models.Model):
    """The first answer to a write sent with an `Idempotency-Key`, replayed to its retries."""

    owner = models.CharField(max_length=64, help_text="token:<id> or user:<id>")
    key = models.CharField(max_length=255)
    fingerprint = models.CharField(max_length=64, help_text="SHA-256 of method, path and body")
    state = models.CharField(max_length=8, choices=IdempotencyState.choices)
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    body = models.JSONField(null=True, blank=True)
    created_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner", "key"], name="idempotency_key_once")
        ]


from clustermeet.api.webhook_models import (  # noqa: E402,F401  (one app, two model files)
    DeliveryState,
    Webhook,
    WebhookDelivery,
)
