"""Event scoping: every query for event data names the events it may see, or fails.

Models of event data use `EventScopedManager()`: outside `event_scope(...)` their queries
raise `ScopeError` instead of returning every event's rows (django-scopes). `event_scope`
never accepts None, which django-scopes would read as "all events": an empty list sees
nothing. Work that is not on anyone's behalf (the command line's operator, migrations)
runs inside `all_events()`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from django_scopes import ScopedManager, scope, scopes_disabled


def EventScopedManager() -> Any:  # noqa: N802 - reads like the class it builds
    return ScopedManager(event="event")


def _ids(events: Any) -> list[int]:
    if events is None:
        raise ValueError("event_scope needs events; use all_events() for operator work")
    if isinstance(events, Iterable) and not isinstance(events, (str, bytes)):
        return [getattr(e, "pk", e) for e in events]
    return [getattr(events, "pk", events)]


@contextmanager
def event_scope(events: Any) -> Iterator[None]:
    """Queries inside see the rows of `events` (an Event, an id, or several) and no others."""
    with scope(event=_ids(events)):
        yield


@contextmanager
def all_events() -> Iterator[None]:
    """The operator's view: the command line and migrations see every event."""
    with scopes_disabled():
        yield
