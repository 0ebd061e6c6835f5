"""An event world for the API tests and a plain HTTP client (urllib) for the live server."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import time
from typing import Any

import pytest

from clustermeet.api.domain.tokens import create_api_token
from clustermeet.events.domain.organisers import make_organiser
from clustermeet.events.models import Delegation, Event
from clustermeet.profiles.models import Participant
from tests.api.receiver import Receiver
from tests.factories import (
    make_event,
    make_item,
    make_participant,
    make_request,
    make_session,
    make_table,
    make_user,
)


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: Any


@dataclass
class Http:
    """Requests to a live server over real HTTP, as any client would send them."""

    base: str
    token: str | None = None
    sent: list[str] = field(default_factory=list)

    def __call__(
        self,
        method: str,
        path: str,
        body: Any = None,
        token: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> Answer:
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base + path, data=data, method=method)
        request.add_header("Accept", "application/json")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        secret = token or self.token
        if secret:
            request.add_header("Authorization", f"Bearer {secret}")
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        self.sent.append(f"{method} {path}")
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                raw, status, head = response.read(), response.status, dict(response.headers)
        except urllib.error.HTTPError as error:
            raw, status, head = error.read(), error.code, dict(error.headers)
        return Answer(status, head, json.loads(raw) if raw else None)

    def get(self, path: str, **kw: Any) -> Answer:
        return self("GET", path, **kw)

    def post(self, path: str, body: Any = None, **kw: Any) -> Answer:
        return self("POST", path, body if body is not None else {}, **kw)


@dataclass
class World:
    event: Event
    other: Event
    a: Participant  # a and b have agreed to meet
    b: Participant
    c: Participant  # c has asked a; a has not answered
    stranger: Participant  # of the other event
    organiser: Any
    tokens: dict[str, str]

    def path(self, rest: str = "") -> str:
        return f"/api/v1/events/{self.event.slug}/{rest}"


def build_world() -> World:
    event = make_event(is_public=True)
    other = make_event(is_public=True)
    make_session(event, start_time=time(9, 0), end_time=time(10, 0))
    make_table(event, "T01")
    make_table(event, "T02")
    delegation = Delegation.objects.create(event=event, name="EU delegation")
    a = make_participant(event, delegation=delegation, phone="+49 30 1")
    b = make_participant(event, phone="+1 416 2")
    c = make_participant(event, phone="+33 1 3")
    make_item(a, title="Sensor platform")
    make_item(b, kind="BR", title="Looking for sensors")
    make_request(a, b)
    make_request(c, a, status="pending")
    stranger = make_participant(other)
    organiser = make_user(first_name="Olga", last_name="Org")
    make_organiser(event, organiser)
    other_organiser = make_user(first_name="Otto", last_name="Other")
    make_organiser(other, other_organiser)
    tokens = {
        "organiser": create_api_token(event, organiser, acting_user=None)[1],
        "a": create_api_token(event, a.user, acting_user=None)[1],
        "b": create_api_token(event, b.user, acting_user=None)[1],
        "c": create_api_token(event, c.user, acting_user=None)[1],
        "stranger": create_api_token(other, stranger.user, acting_user=None)[1],
        "other_organiser": create_api_token(other, other_organiser, acting_user=None)[1],
    }
    return World(event, other, a, b, c, stranger, organiser, tokens)


@pytest.fixture
def world(transactional_db: Any) -> World:
    return build_world()


@pytest.fixture
def http(live_server: Any) -> Http:
    return Http(live_server.url)


@pytest.fixture(autouse=True)
def _fresh_rate_limits() -> Any:
    """Rate-limit counters live in the cache; each test starts with none."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


def page(answer: Answer) -> list[Any]:
    assert answer.status == 200, answer.body
    assert set(answer.body) == {"count", "next", "previous", "results"}
    return list(answer.body["results"])


def ids(rows: list[dict[str, Any]]) -> list[int]:
    return sorted(row["id"] for row in rows)


@pytest.fixture(autouse=True)
def _loopback_receivers(settings: Any) -> None:
    """The webhook tests' receivers listen on 127.0.0.1, which only this setting allows."""
    settings.WEBHOOKS_ALLOW_LOOPBACK = True


@pytest.fixture
def receiver_of():
    made: list[Receiver] = []

    def make(*statuses: int) -> Receiver:
        made.append(Receiver(list(statuses)))
        return made[-1]

    yield make
    for r in made:
        r.close()
