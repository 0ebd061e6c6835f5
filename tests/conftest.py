"""Shared test set-up: every test run keeps its data (secret key, caches) in a temp folder."""

from __future__ import annotations

import os
import tempfile

# Set before Django reads its settings, so tests never touch a developer's real data folder.
os.environ.setdefault("CLUSTERMEET_DATA_DIR", tempfile.mkdtemp(prefix="clustermeet-test-"))


import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _operator_scope(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """Tests act as the operator (every event visible) unless marked `scoped`, which test the
    scoping itself. Pages and live servers run in their own threads and set their own scope."""
    if request.node.get_closest_marker("scoped"):
        yield
        return
    from clustermeet.events.scoping import all_events

    with all_events():
        yield
