"""Webhooks: an organiser subscribes a URL to an event's happenings; each happening becomes
one delivery per webhook, sent after the verb's transaction commits.

The happenings are read from the audit log, which every verb writes inside its transaction:
no verb needs to know about webhooks, and a rolled-back change sends nothing."""

from __future__ import annotations

import logging
import uuid
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.db.models.signals import post_save
from django.utils import timezone

from clustermeet.accounts.models import User
from clustermeet.api.domain.delivery import FIRST_TIMEOUT_SECONDS, attempt
from clustermeet.api.domain.destinations import checked
from clustermeet.api.domain.signing import new_secret
from clustermeet.api.webhook_models import DeliveryState, Webhook, WebhookDelivery
from clustermeet.audit.log import record
from clustermeet.audit.models import AuditEntry
from clustermeet.events.models import Event
from clustermeet.events.rules import require_organiser
from clustermeet.tasks.adapter import broker_url
from clustermeet.tasks.worker import app as worker_app

log = logging.getLogger(__name__)

# The audit log's verbs, as the webhook event types they announce.
TYPES = {
    # A request sent and accepted at once (automatic mode, or both asked) is "request.sent"
    # with status "accepted"; the other side's request then becomes "request.accepted".
    "send_request": "request.sent",
    "accept_request": "request.accepted",
    "accept_proposal": "request.accepted",
    "decline_request": "request.declined",
    "expire_request": "request.expired",
    "publish_schedule": "schedule.published",
    # A meeting placed in the published schedule one at a time (a booking, a late request);
    # a publication announces its whole schedule as "schedule.published".
    "book_meeting": "meeting.scheduled",
    "book_late_request": "meeting.scheduled",
    "move_meeting": "meeting.moved",
    "cancel_meeting": "meeting.cancelled",
    "record_outcome": "outcome.recorded",
}


def create_webhook(
    event: Event, url: str, types: list[str] | None = None, *, acting_user: User | None
) -> Webhook:
    require_organiser(event, acting_user)
    try:
        URLValidator(schemes=["http", "https"])(url)
    except ValidationError as error:
        raise ValidationError(
            f"'{url}' is not an http(s) address such as https://crm.example.org/hooks."
        ) from error
    checked(url)  # never a private, loopback or metadata address (see destinations)
    unknown = sorted(set(types or []) - set(TYPES.values()))
    if unknown:
        raise ValidationError(
            f"Unknown event types {unknown}; expected some of {sorted(TYPES.values())}."
        )
    with transaction.atomic():
        webhook = Webhook.objects.create(
            event=event,
            url=url,
            secret=new_secret(),
            types=sorted(set(types or [])),
            created_at=timezone.now(),
        )
        record(
            "create_webhook",
            webhook,
            actor=acting_user,
            event=event,
            after={"url": url, "types": webhook.types},
        )
    return webhook


def _payload(entry: AuditEntry, kind: str) -> dict[str, Any]:
    """A thin message: what happened, to which object, and what the verb recorded."""
    return {
        "type": kind,
        "timestamp": entry.at.isoformat(),
        "data": {
            "event": entry.event_id,
            "object": entry.target_type.lower(),
            "id": int(entry.target_id) if entry.target_id.isdigit() else entry.target_id,
            "after": entry.after,
        },
    }


def _send_now(ids: list[int]) -> None:
    """The first attempt: on a worker's `webhooks` queue with a broker, else in-process with
    a short timeout; retries: `deliver_due` (celery beat, or `deliver_webhooks --loop`)."""
    url = broker_url()
    if url is not None:
        from clustermeet.api.tasks import deliver_webhooks

        try:
            with worker_app.connection_for_write(url) as connection:
                deliver_webhooks.apply_async((ids,), connection=connection)
        except Exception:  # the change has committed: its deliveries wait for the retries
            log.exception("webhook deliveries %s not queued; the retries will send them", ids)
        return
    for delivery in WebhookDelivery.objects.filter(pk__in=ids).select_related("webhook"):
        attempt(delivery, timeout=FIRST_TIMEOUT_SECONDS)


def enqueue(entry: AuditEntry) -> list[WebhookDelivery]:
    """One pending delivery per active webhook of the entry's event that wants its type."""
    kind = TYPES.get(entry.verb)
    if kind is None or entry.event_id is None:
        return []
    hooks = [
        h
        for h in Webhook.objects.filter(event_id=entry.event_id, active=True)
        if not h.types or kind in h.types
    ]
    now = timezone.now()
    made = [
        WebhookDelivery.objects.create(
            webhook=hook,
            message_id=f"msg_{uuid.uuid4().hex}",
            type=kind,
            payload=_payload(entry, kind),
            state=DeliveryState.PENDING,
            next_attempt_at=now,
            created_at=now,
        )
        for hook in hooks
    ]
    if made:
        ids = [d.pk for d in made]
        transaction.on_commit(lambda: _send_now(ids))
    return made


def _on_audit_entry(sender: Any, instance: AuditEntry, created: bool, **_: Any) -> None:
    if created:
        enqueue(instance)


def connect() -> None:
    post_save.connect(_on_audit_entry, sender=AuditEntry, dispatch_uid="api.webhooks")
