"""The domain tests' event (see tests/event_world.py)."""

from tests.event_world import world  # noqa: F401
