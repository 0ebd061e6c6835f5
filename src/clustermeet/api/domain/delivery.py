"""Deliver webhook messages: success is any 2xx within the timeout; otherwise retry later
with growing delays (Standard Webhooks' schedule), and give up after the last; a 410 Gone
switches the webhook off. At least once: a receiver may see a message twice (same id)."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from clustermeet.api.domain.signing import sign
from clustermeet.api.webhook_models import DeliveryState, Webhook, WebhookDelivery
from clustermeet.audit.log import record

# Delay before each retry; after the last one fails the delivery is given up.
RETRY_DELAYS = (
    timedelta(seconds=5),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=5),
    timedelta(hours=10),
)
TIMEOUT_SECONDS = 30
# The first attempt runs in the web process right after the change commits: keep it short.
FIRST_TIMEOUT_SECONDS = 5


def _send(delivery: WebhookDelivery, timeout: float) -> tuple[int | None, str]:
    """POST the signed message; (status, error) — status None when nothing answered."""
    body = json.dumps(delivery.payload, separators=(",", ":")).encode()
    stamp = int(time.time())
    webhook = delivery.webhook
    request = urllib.request.Request(webhook.url, data=body, method="POST")
    request.add_header("Content-Type", "application/json")
    request.add_header("User-Agent", "clustermeet-webhooks")
    request.add_header("webhook-id", delivery.message_id)
    request.add_header("webhook-timestamp", str(stamp))
    request.add_header("webhook-signature", sign(webhook.secret, delivery.message_id, stamp, body))
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, ""
    except urllib.error.HTTPError as error:
        return error.code, f"HTTP {error.code}"
    except (urllib.error.URLError, OSError) as error:
        return None, str(getattr(error, "reason", error))[:300]


def _switch_off(webhook: Webhook, reason: str) -> None:
    with transaction.atomic():
        Webhook.objects.filter(pk=webhook.pk).update(active=False, disabled_reason=reason)
        record(
            "disable_webhook",
            webhook,
            actor=None,
            event=webhook.event_id,
            after={"active": False, "reason": reason},
        )


def attempt(
    delivery: WebhookDelivery, now: datetime | None = None, timeout: float = TIMEOUT_SECONDS
) -> WebhookDelivery:
    """One attempt at a pending delivery; records what came of it."""
    now = now or timezone.now()
    status, error = _send(delivery, timeout)
    delivery.attempts += 1
    delivery.last_status, delivery.last_error = status, error
    if status is not None and 200 <= status < 300:
        delivery.state, delivery.delivered_at, delivery.next_attempt_at = (
            DeliveryState.DELIVERED,
            now,
            None,
        )
    elif status == 410:
        delivery.state, delivery.next_attempt_at = DeliveryState.GONE, None
        _switch_off(delivery.webhook, f"The receiver answered 410 Gone on {now:%Y-%m-%d}.")
    elif delivery.attempts > len(RETRY_DELAYS):
        delivery.state, delivery.next_attempt_at = DeliveryState.FAILED, None
    else:
        delivery.next_attempt_at = now + RETRY_DELAYS[delivery.attempts - 1]
    delivery.save()
    return delivery


def deliver_due(now: datetime | None = None) -> int:
    """Attempt every pending delivery whose time has come (a worker calls this in a loop);
    how many were attempted."""
    now = now or timezone.now()
    due = list(
        WebhookDelivery.objects.filter(
            state=DeliveryState.PENDING, next_attempt_at__lte=now, webhook__active=True
        ).select_related("webhook")
    )
    for delivery in due:
        attempt(delivery, now)
    return len(due)
