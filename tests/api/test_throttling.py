"""Rate limits answer 429 with Retry-After and a sentence."""

from __future__ import annotations

from django.test import override_settings


def test_rate_limit_over_the_users_rate_is_429_with_retry_after(world, http):
    with override_settings(CLUSTERMEET_API_RATES={"anonymous": "100/minute", "user": "3/minute"}):
        answers = [http.get(world.path("items/"), token=world.tokens["a"]) for _ in range(4)]
        others = http.get(world.path("items/"), token=world.tokens["b"])
    assert [a.status for a in answers] == [200, 200, 200, 429]
    assert 0 < int(answers[-1].headers["Retry-After"]) <= 60
    assert answers[-1].body["detail"].startswith("Request was throttled.")
    assert others.status == 200


def test_rate_limit_anonymous_by_address(world, http):
    with override_settings(CLUSTERMEET_API_RATES={"anonymous": "2/minute", "user": "100/minute"}):
        statuses = [http.get(world.path("sessions/")).status for _ in range(3)]
        with_token = http.get(world.path("sessions/"), token=world.tokens["a"]).status
    assert (statuses, with_token) == ([200, 200, 429], 200)
