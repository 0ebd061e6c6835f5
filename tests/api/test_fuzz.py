"""schemathesis against docs/openapi.yaml, through the WSGI app: no server error, and every
answer (status, content type, body) is one the description promises. Bounded: a few
generated requests per operation, all at the fixture event with an organiser's token."""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
import yaml
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from clustermeet.events.scoping import all_events
from clustermeet.site.wsgi import application
from tests.api.conftest import build_world

SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "openapi.yaml"
schema = schemathesis.openapi.from_dict(yaml.safe_load(SCHEMA.read_text()))
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@pytest.fixture
def fuzz_world(db):
    """The world, and the WSGI app kept on the test's connection (inside its transaction), as
    Django's own test client keeps it: no closing of "old" connections between requests."""
    cache.clear()
    with all_events():
        world = build_world()
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield world
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)
    cache.clear()


@pytest.mark.scoped
@schema.parametrize()
@settings(
    max_examples=6,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_api_answers_as_its_description_says(case, fuzz_world):
    if "slug" in (case.path_parameters or {}):
        case.path_parameters["slug"] = fuzz_world.event.slug
    token = fuzz_world.tokens["organiser"]
    case.call_and_validate(
        headers={"Authorization": f"Bearer {token}"}, checks=CHECKS, app=application
    )
