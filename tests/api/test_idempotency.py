"""`Idempotency-Key`: a retried write returns the first answer and runs once."""

from __future__ import annotations

from clustermeet.api.models import IdempotencyState, IdempotentRequest
from clustermeet.audit.models import AuditEntry
from clustermeet.matchmaking.models import Mark
from clustermeet.meetings.models import Schedule


def test_idempotency_retry_returns_first_answer_and_runs_once(world, http):
    key = {"Idempotency-Key": "run-2019-06-01"}
    first = http.post(
        world.path("schedules/run/"),
        {"time_limit": 5},
        token=world.tokens["organiser"],
        headers=key,
    )
    again = http.post(
        world.path("schedules/run/"),
        {"time_limit": 5},
        token=world.tokens["organiser"],
        headers=key,
    )
    assert (first.status, again.status) == (201, 201)
    assert again.body == first.body
    assert again.headers["Idempotent-Replayed"] == "true"
    assert Schedule.objects.filter(event=world.event).count() == 1
    assert AuditEntry.objects.filter(verb="schedule_event").count() == 1


def test_idempotency_without_a_key_runs_every_time(world, http):
    for _ in range(2):
        http.post(world.path("schedules/run/"), {"time_limit": 5}, token=world.tokens["organiser"])
    assert Schedule.objects.filter(event=world.event).count() == 2


def test_idempotency_key_reused_for_another_body_is_422(world, http):
    key = {"Idempotency-Key": "mark-1"}
    http.post(
        world.path("marks/"),
        {"target": world.b.pk, "kind": "meet"},
        token=world.tokens["a"],
        headers=key,
    )
    other = http.post(
        world.path("marks/"),
        {"target": world.c.pk, "kind": "meet"},
        token=world.tokens["a"],
        headers=key,
    )
    assert other.status == 422
    assert list(Mark.objects.values_list("target_id", flat=True)) == [world.b.pk]


def test_idempotency_keys_are_per_caller(world, http):
    key = {"Idempotency-Key": "same"}
    http.post(
        world.path("marks/"),
        {"target": world.c.pk, "kind": "meet"},
        token=world.tokens["a"],
        headers=key,
    )
    theirs = http.post(
        world.path("marks/"),
        {"target": world.c.pk, "kind": "meet"},
        token=world.tokens["b"],
        headers=key,
    )
    assert theirs.status == 201
    assert Mark.objects.filter(target=world.c).count() == 2


def test_idempotency_repeat_while_the_first_runs_is_409(world, http):
    key = {"Idempotency-Key": "slow-run"}
    http.post(
        world.path("schedules/run/"),
        {"time_limit": 5},
        token=world.tokens["organiser"],
        headers=key,
    )
    # The first request's record as it stands while its write is still running.
    IdempotentRequest.objects.update(state=IdempotencyState.RUNNING, body=None, status_code=None)
    again = http.post(
        world.path("schedules/run/"),
        {"time_limit": 5},
        token=world.tokens["organiser"],
        headers=key,
    )
    assert again.status == 409
    assert again.body == {
        "detail": "A request with this Idempotency-Key is still running; retry later."
    }
    assert Schedule.objects.filter(event=world.event).count() == 1


def test_idempotency_refused_write_keeps_its_answer(world, http):
    """A 4xx is the answer to that request: the retry gets it again, nothing runs."""
    key = {"Idempotency-Key": "self-mark"}
    first = http.post(
        world.path("marks/"),
        {"target": world.a.pk, "kind": "meet"},
        token=world.tokens["a"],
        headers=key,
    )
    again = http.post(
        world.path("marks/"),
        {"target": world.a.pk, "kind": "meet"},
        token=world.tokens["a"],
        headers=key,
    )
    assert (first.status, again.status, again.body) == (400, 400, first.body)
