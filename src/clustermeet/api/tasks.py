"""Webhook deliveries on the Celery workers' `webhooks` queue (with a broker configured):
the first attempt of new messages, and, every 30 s from celery beat, the retries due."""

from __future__ import annotations

from typing import Any

from clustermeet.api.domain.delivery import attempt, deliver_due
from clustermeet.api.webhook_models import DeliveryState, WebhookDelivery
from clustermeet.events.scoping import all_events
from clustermeet.tasks.worker import app

RETRIES_EVERY_SECONDS = 30.0


def _deliver(ids: list[int]) -> int:
    """First attempts at the deliveries `ids` (those still pending); how many were tried."""
    with all_events():
        pending = WebhookDelivery.objects.filter(
            pk__in=ids, state=DeliveryState.PENDING, webhook__active=True
        ).select_related("webhook")
        tried = 0
        for delivery in pending:
            attempt(delivery)
            tried += 1
    return tried


def _deliver_due() -> int:
    with all_events():
        return deliver_due()


deliver_webhooks: Any = app.task(name="clustermeet.api.deliver_webhooks", ignore_result=True)(
    _deliver
)
deliver_webhooks_due: Any = app.task(
    name="clustermeet.api.deliver_webhooks_due", ignore_result=True
)(_deliver_due)

app.conf.beat_schedule = {
    **(app.conf.beat_schedule or {}),
    "webhook-retries": {
        "task": "clustermeet.api.deliver_webhooks_due",
        "schedule": RETRIES_EVERY_SECONDS,
    },
}
