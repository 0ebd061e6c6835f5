"""With a broker, a webhook's first attempt goes to the `webhooks` queue and a real Celery
worker started by `clustermeet worker` (another process, over the Redis at 127.0.0.1:6379)
delivers it, signed."""

from __future__ import annotations

import json
import sys
import time

import pytest

from clustermeet.api.domain.webhooks import create_webhook
from clustermeet.api.webhook_models import WebhookDelivery
from clustermeet.meetings.domain.publishing import publish_schedule
from clustermeet.meetings.domain.scheduling import schedule_event
from tests.api.receiver import Receiver
from tests.tasks.small_event import small_event
from tests.tasks.test_worker import start_worker, stop_worker

BROKER = "redis://127.0.0.1:6379/10"


@pytest.mark.slow
@pytest.mark.celery
@pytest.mark.django_db(transaction=True)
def test_webhook_is_delivered_by_a_worker_on_the_webhooks_queue(tmp_path, settings):
    # Started as the README says (the development settings: this test's database).
    command = [
        sys.executable, "-m", "clustermeet.cli.main", "worker", "--development",
        "--queues", "webhooks", "--concurrency", "1",
    ]  # fmt: skip
    process, log = start_worker(
        tmp_path, "webhooks", command, BROKER, CLUSTERMEET_WEBHOOKS_ALLOW_LOOPBACK="1"
    )
    receiver = Receiver([200])
    try:
        event, _ = small_event()
        settings.WEBHOOKS_ALLOW_LOOPBACK = True
        create_webhook(event, receiver.url, acting_user=None)
        schedule = schedule_event(event, acting_user=None, time_limit=5)
        settings.CELERY_BROKER_URL = BROKER
        publish_schedule(schedule, acting_user=None)
        deadline = time.monotonic() + 60
        delivery = WebhookDelivery.objects.get()
        while delivery.state == "pending":
            assert time.monotonic() < deadline, f"no delivery:\n{log.read_text()[-3000:]}"
            time.sleep(0.2)
            delivery.refresh_from_db()
        assert (delivery.state, delivery.attempts, delivery.last_status) == ("delivered", 1, 200)
        headers, body = receiver.got[0]
        assert json.loads(body)["type"] == "schedule.published"
        assert headers["webhook-id"] == delivery.message_id
        text = log.read_text()
        assert "clustermeet.api.deliver_webhooks" in text and "succeeded" in text
    finally:
        receiver.close()
        stop_worker(process)
