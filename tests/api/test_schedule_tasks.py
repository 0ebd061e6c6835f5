"""Running the scheduler through the API is a task: without a broker it runs at once (201
with the new version); with one it is queued for the solver workers (202 with the run to
follow at tasks/<id>/) and the web process solves nothing."""

from __future__ import annotations

import os

import pytest

from clustermeet.meetings.models import Schedule
from clustermeet.tasks.models import TaskRun

BROKER = "redis://127.0.0.1:6379/12"


def _redis():
    import redis

    client = redis.Redis.from_url(BROKER, socket_connect_timeout=1)
    try:
        client.ping()
    except redis.exceptions.RedisError:
        if os.environ.get("CLUSTERMEET_TEST_NEEDS_REDIS") == "1":
            pytest.fail("Redis does not answer at 127.0.0.1:6379, and CI needs this test")
        pytest.skip("Redis does not answer at 127.0.0.1:6379")
    return client


def test_run_without_broker_answers_the_version_and_records_the_run(world, http):
    token = world.tokens["organiser"]
    answer = http.post(world.path("schedules/run/"), {"time_limit": 5}, token=token)
    assert (answer.status, answer.body["version"]) == (201, 1)
    runs = http.get(world.path("tasks/"), token=token).body["results"]
    assert [(r["name"], r["state"], r["percent"]) for r in runs] == [
        ("clustermeet.meetings.schedule_event", "done", 100)
    ]
    assert runs[0]["result"]["schedule"] == answer.body["id"]
    assert http.get(world.path("tasks/"), token=world.tokens["a"]).status == 403


def test_run_with_broker_is_queued_for_the_workers(world, http, settings):
    client = _redis()
    client.flushdb()
    settings.CELERY_BROKER_URL = BROKER
    try:
        answer = http.post(
            world.path("schedules/run/"), {"time_limit": 5}, token=world.tokens["organiser"]
        )
        assert answer.status == 202, answer.body
        assert (answer.body["state"], answer.body["name"]) == (
            "queued",
            "clustermeet.meetings.schedule_event",
        )
        location = answer.headers["Location"]
        assert location == world.path(f"tasks/{answer.body['id']}/")
        followed = http.get(location, token=world.tokens["organiser"])
        assert (followed.status, followed.body["state"]) == (200, "queued")
        assert not Schedule.objects.exists()  # nothing was solved here
        assert TaskRun.objects.get().params == {"time_limit": 5.0}
        assert client.llen("solver") == 1  # waiting on the solver queue
    finally:
        client.flushdb()
