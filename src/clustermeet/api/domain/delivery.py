"""Deliver webhook messages: success is any 2xx within the timeout; otherwise retry later
with growing delays (Standard Webhooks' schedule), and give up after the last; a 410 Gone
switches the webhook off. At least once: a receiver may see a message twice (same id)."""

from __future__ import annotations

import http.client
import json
import socket
import time
from datetime import datetime, timedelta
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from clustermeet.api.domain.destinations import Destination, checked
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


def _connection(to: Destination, timeout: float) -> http.client.HTTPConnection:
    """A connection to the checked address (the URL's host still names the site for TLS)."""
    made: http.client.HTTPConnection
    if to.scheme == "https":
        made = http.client.HTTPSConnection(to.host, to.port, timeout=timeout)
    else:
        made = http.client.HTTPConnection(to.host, to.port, timeout=timeout)

    def pinned(address: tuple[str, int], *args: Any) -> socket.socket:
        return socket.create_connection((to.address, address[1]), *args)

    made._create_connection = pinned  # type: ignore[attr-defined]
    return made


def _send(delivery: WebhookDelivery, timeout: float) -> tuple[int | None, str]:
    """POST the signed message; (status, error) — status None when nothing answered or the
    receiver may not be sent to. Redirects are not followed (a 3xx is a failed attempt)."""
    body = json.dumps(delivery.payload, separators=(",", ":")).encode()
    stamp = int(time.time())
    webhook = delivery.webhook
    try:
        to = checked(webhook.url)
    except ValidationError as refused:
        return None, " ".join(refused.messages)[:300]
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "clustermeet-webhooks",
        "webhook-id": delivery.message_id,
        "webhook-timestamp": str(stamp),
        "webhook-signature": sign(webhook.secret, delivery.message_id, stamp, body),
    }
    connection = _connection(to, timeout)
    try:
        connection.request("POST", to.path, body=body, headers=headers)
        status = connection.getresponse().status
    except (OSError, http.client.HTTPException) as error:
        return None, str(error)[:300] or type(error).__name__
    finally:
        connection.close()
    return status, "" if 200 <= status < 300 else f"HTTP {status}"


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
