"""Webhooks to a receiver on loopback: signed as Standard Webhooks define, retried after a
failure, switched off by 410 Gone; a rolled-back change sends nothing."""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone

from clustermeet.api.domain.delivery import deliver_due
from clustermeet.api.domain.webhooks import create_webhook
from clustermeet.api.webhook_models import DeliveryState, Webhook, WebhookDelivery
from clustermeet.meetings.domain.changes import cancel_meeting
from clustermeet.meetings.domain.publishing import publish_schedule
from clustermeet.meetings.domain.scheduling import schedule_event
from clustermeet.meetings.models import Meeting


def _expected_signature(secret: str, headers: dict[str, str], body: bytes) -> str:
    """Standard Webhooks, written out here from the specification (not the app's code)."""
    key = base64.b64decode(secret.split("_", 1)[1])
    content = f"{headers['webhook-id']}.{headers['webhook-timestamp']}.".encode() + body
    return "v1," + base64.b64encode(hmac.new(key, content, hashlib.sha256).digest()).decode()


def _schedule(world):
    return schedule_event(world.event, acting_user=None, time_limit=5)


def test_webhook_publish_is_delivered_signed(world, receiver_of):
    receiver = receiver_of(200)
    hook = create_webhook(world.event, receiver.url, acting_user=world.organiser)
    schedule = publish_schedule(_schedule(world), acting_user=world.organiser)
    assert len(receiver.got) == 1
    headers, body = receiver.got[0]
    assert headers["webhook-signature"] == _expected_signature(hook.secret, headers, body)
    assert abs(int(headers["webhook-timestamp"]) - timezone.now().timestamp()) < 60
    message = json.loads(body)
    assert message["type"] == "schedule.published"
    assert (message["data"]["object"], message["data"]["id"]) == ("schedule", schedule.pk)
    delivery = WebhookDelivery.objects.get()
    assert (delivery.state, delivery.attempts, delivery.last_status) == ("delivered", 1, 200)
    assert delivery.message_id == headers["webhook-id"]


def test_webhook_failure_is_retried_later_with_the_same_id(world, receiver_of):
    receiver = receiver_of(503, 200)
    create_webhook(world.event, receiver.url, acting_user=world.organiser)
    publish_schedule(_schedule(world), acting_user=world.organiser)
    delivery = WebhookDelivery.objects.get()
    assert (delivery.state, delivery.attempts, delivery.last_status) == ("pending", 1, 503)
    assert deliver_due(timezone.now()) == 0  # its retry is not due yet
    assert deliver_due(timezone.now() + timedelta(seconds=6)) == 1
    delivery.refresh_from_db()
    assert (delivery.state, delivery.attempts) == ("delivered", 2)
    ids = [h["webhook-id"] for h, _ in receiver.got]
    assert len(ids) == 2 and ids[0] == ids[1]


def test_webhook_gives_up_after_the_last_retry(world, receiver_of):
    receiver = receiver_of(*[500] * 10)
    create_webhook(world.event, receiver.url, acting_user=world.organiser)
    publish_schedule(_schedule(world), acting_user=world.organiser)
    later = timezone.now()
    for _ in range(8):
        later += timedelta(hours=11)
        deliver_due(later)
    delivery = WebhookDelivery.objects.get()
    assert (delivery.state, delivery.attempts) == (DeliveryState.FAILED, 7)
    assert len(receiver.got) == 7


def test_webhook_410_switches_it_off(world, receiver_of):
    receiver = receiver_of(410)
    hook = create_webhook(world.event, receiver.url, acting_user=world.organiser)
    schedule = publish_schedule(_schedule(world), acting_user=world.organiser)
    hook.refresh_from_db()
    assert hook.active is False
    assert "410" in hook.disabled_reason
    cancel_meeting(Meeting.objects.get(schedule=schedule), acting_user=None, notify=False)
    assert len(receiver.got) == 1
    assert list(WebhookDelivery.objects.values_list("state", flat=True)) == ["gone"]


def test_webhook_only_its_types(world, receiver_of):
    receiver = receiver_of()
    create_webhook(world.event, receiver.url, ["meeting.cancelled"], acting_user=world.organiser)
    schedule = publish_schedule(_schedule(world), acting_user=None)
    cancel_meeting(Meeting.objects.get(schedule=schedule), acting_user=None, notify=False)
    assert [json.loads(b)["type"] for _, b in receiver.got] == ["meeting.cancelled"]


def test_webhook_refused_change_sends_nothing(world, receiver_of):
    receiver = receiver_of()
    create_webhook(world.event, receiver.url, acting_user=world.organiser)
    schedule = publish_schedule(_schedule(world), acting_user=None)
    meeting = Meeting.objects.get(schedule=schedule)
    cancel_meeting(meeting, acting_user=None, notify=False)
    with pytest.raises(ValidationError):
        cancel_meeting(meeting, acting_user=None, notify=False)
    assert [json.loads(b)["type"] for _, b in receiver.got] == [
        "schedule.published",
        "meeting.cancelled",
    ]


def test_webhook_bad_url_is_refused(world):
    with pytest.raises(ValidationError, match="is not an http"):
        create_webhook(world.event, "ftp://example.org/", acting_user=world.organiser)
    assert not Webhook.objects.exists()


def test_webhook_api_create_shows_secret_once_and_the_log(world, http, receiver_of):
    receiver = receiver_of()
    token = world.tokens["organiser"]
    made = http.post(world.path("webhooks/"), {"url": receiver.url}, token=token)
    assert made.status == 201
    assert made.body["secret"].startswith("whsec_")
    shown = http.get(world.path(f"webhooks/{made.body['id']}/"), token=token).body
    assert "secret" not in shown
    publish_schedule(_schedule(world), acting_user=None)
    log = http.get(world.path(f"webhooks/{made.body['id']}/deliveries/"), token=token).body
    assert [(d["type"], d["state"]) for d in log["results"]] == [
        ("schedule.published", "delivered")
    ]
    assert (
        http.post(world.path("webhooks/"), {"url": receiver.url}, token=world.tokens["a"]).status
        == 403
    )


def test_webhook_deliver_command_sends_the_due_retries(world, receiver_of):
    receiver = receiver_of(500, 204)
    create_webhook(world.event, receiver.url, acting_user=world.organiser)
    publish_schedule(_schedule(world), acting_user=None)
    WebhookDelivery.objects.update(next_attempt_at=timezone.now())  # its retry is due now
    out = io.StringIO()
    call_command("deliver_webhooks", stdout=out)
    assert out.getvalue() == "1 deliveries attempted\n"
    assert WebhookDelivery.objects.get().state == DeliveryState.DELIVERED


def test_webhook_broker_down_leaves_the_delivery_for_the_retries(world, receiver_of, settings):
    receiver = receiver_of()
    create_webhook(world.event, receiver.url, acting_user=world.organiser)
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:9/0"  # nothing listens there
    schedule = publish_schedule(_schedule(world), acting_user=world.organiser)
    assert schedule.state == "published"  # the change stands
    delivery = WebhookDelivery.objects.get()
    assert (delivery.state, delivery.attempts) == ("pending", 0)
    settings.CELERY_BROKER_URL = None
    assert deliver_due(timezone.now()) == 1
    assert len(receiver.got) == 1


def test_webhook_a_booked_meeting_is_announced_as_scheduled(world, receiver_of):
    from datetime import timedelta

    from django.db.models import F

    from clustermeet.events.models import Slot
    from clustermeet.meetings.domain.booking import book_meeting
    from clustermeet.meetings.models import Request

    receiver = receiver_of(200)
    create_webhook(world.event, receiver.url, ["meeting.scheduled"], acting_user=world.organiser)
    world.event.booking_mode = "participants_book"
    world.event.save()
    Slot.objects.filter(event=world.event).update(start=F("start") + timedelta(days=3650))
    publish_schedule(_schedule(world), acting_user=world.organiser)
    request = Request.objects.get(requester=world.a, requested=world.b)
    Meeting.objects.filter(request=request).delete()  # booked by hand below
    slot = Slot.objects.filter(event=world.event).order_by("start").last()
    meeting = book_meeting(request, slot, acting_user=world.a.user)
    (message,) = [json.loads(body) for _, body in receiver.got]
    assert message["type"] == "meeting.scheduled"
    assert (message["data"]["object"], message["data"]["id"]) == ("meeting", meeting.pk)
