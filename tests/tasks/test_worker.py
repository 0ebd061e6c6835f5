"""A real Celery worker over the Redis at 127.0.0.1:6379 runs the scheduler task.

The worker is another process: it reaches the test's database through DATABASE_URL (a file
for SQLite, the test database for PostgreSQL), so the test commits its rows
(`transaction=True`). Redis database 15 keeps the test's queues away from real ones.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from django.db import connection

from clustermeet.meetings.models import Meeting, Schedule
from clustermeet.meetings.tasks import schedule_event
from clustermeet.tasks.models import TaskRun
from tests.tasks.small_event import small_event

REDIS = "redis://127.0.0.1:6379/15"


def _redis_answers() -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(REDIS, socket_connect_timeout=1).ping())
    except redis.exceptions.RedisError:
        return False


def _database_url() -> str:
    """The running test database, as the worker's DATABASE_URL."""
    db = connection.settings_dict
    if db["ENGINE"] == "django.db.backends.sqlite3":
        name = str(db["NAME"])
        if "memory" in name:
            pytest.fail("the worker test needs a file SQLite database (see settings.py)")
        return f"sqlite:///{Path(name).resolve()}"
    user = quote(db["USER"] or "")
    password = f":{quote(db['PASSWORD'])}" if db["PASSWORD"] else ""
    return f"postgres://{user}{password}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}"


def start_worker(
    tmp_path, queues: str, command: list[str] | None = None, broker: str = REDIS, **env: str
):
    """A real `celery worker` process for `queues` (or `command`) over `broker`, once it says
    it is ready. Each test has a Redis database of its own: with pytest -n, another test's
    worker (reading another test database) must never take its tasks."""
    if not _redis_answers():
        if os.environ.get("CLUSTERMEET_TEST_NEEDS_REDIS") == "1":  # set by .ci/run
            pytest.fail("Redis does not answer at 127.0.0.1:6379, and CI needs the worker test")
        pytest.skip(
            "Redis does not answer at 127.0.0.1:6379: start redis-server to run the "
            "Celery worker test"
        )
    log = tmp_path / "worker.log"
    env = dict(os.environ, CELERY_BROKER_URL=broker, DATABASE_URL=_database_url(), **env)
    command = command or [
        sys.executable, "-m", "celery", "-A", "clustermeet.tasks.worker", "worker",
        "--pool=solo", f"--queues={queues}", f"--hostname=test-{os.getpid()}-{queues}@%h",
        "--without-gossip", "--without-mingle", "--without-heartbeat", "--loglevel=INFO",
    ]  # fmt: skip
    with log.open("w") as out:
        process = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while "ready." not in log.read_text():
        if process.poll() is not None or time.monotonic() > deadline:
            process.terminate()
            pytest.fail(f"the Celery worker did not start:\n{log.read_text()[-3000:]}")
        time.sleep(0.2)
    return process, log


def stop_worker(process) -> None:
    process.terminate()
    process.wait(timeout=30)


@pytest.fixture
def worker(transactional_db, tmp_path):
    process, log = start_worker(tmp_path, "solver,default")
    try:
        yield process, log
    finally:
        stop_worker(process)


@pytest.mark.slow
@pytest.mark.celery
@pytest.mark.django_db(transaction=True)
def test_schedule_task_with_broker_runs_on_worker_and_stores_schedule(worker, settings):
    process, log = worker
    settings.CELERY_BROKER_URL = REDIS
    event, _ = small_event()
    run = schedule_event.start(event, time_limit=5)
    assert run.state == "queued"  # sent to the broker, not run here
    deadline = time.monotonic() + 90
    while not run.finished:
        assert time.monotonic() < deadline, f"no answer from the worker:\n{log.read_text()}"
        time.sleep(0.2)
        run.refresh_from_db()
    schedule = Schedule.objects.get(event=event)
    assert (run.state, run.error, run.percent, run.phase) == ("done", "", 100, "done")
    assert run.ran_on == f"{socket.gethostname()}:{process.pid}"
    assert run.result == {"schedule": schedule.pk, "version": 1, "status": "OPTIMAL"}
    assert Meeting.objects.filter(schedule=schedule).count() == 3
    assert TaskRun.objects.filter(event=event).count() == 1
    assert "clustermeet.meetings.schedule_event" in log.read_text()
