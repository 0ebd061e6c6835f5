"""Event scoping: every query for event data names the events it may see, or fails.

Models of event data use `EventScopedManager()`: outside `event_scope(...)` their queries
raise `ScopeError` (django-scopes' state and disabled query set) instead of returning every
event's rows. Unlike django-scopes' own manager, a scope of None sees nothing rather than
everything, and `event_scope` refuses None outright. Work that is not on anyone's behalf
(the command line's operator, migrations) runs inside `all_events()`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from django.db import models
from django_scopes import scope, scopes_disabled
from django_scopes.manager import DisabledQuerySet
from django_scopes.state import get_scope

_M = TypeVar("_M", bound=models.Model)


class EventScopedManager(models.Manager[_M]):
    def get_queryset(self) -> models.QuerySet[_M]:
        current = get_scope()
        if not current.get("_enabled", True):
            return super().get_queryset()
        if "event" not in current:
            return DisabledQuerySet(self.model, using=self._db, missing_scopes={"event"})  # type: ignore[no-any-return]
        events = current["event"]
        if isinstance(events, (list, tuple)):
            return super().get_queryset().filter(event__in=events)
        return super().get_queryset().filter(event=events)

    def all(self) -> models.QuerySet[_M]:
        queryset = super().all()
        if isinstance(queryset, DisabledQuerySet):
            queryset.error()  # a bare .all() outside a scope fails here, not on first use
        return queryset


def _ids(events: Any) -> list[int]:
    if events is None:
        raise ValueError("event_scope needs events; use all_events() for operator work")
    if isinstance(events, Iterable) and not isinstance(events, (str, bytes)):
        many: list[Any] = [getattr(e, "pk", e) for e in events]
        return [int(value) for value in many]
    single: Any = getattr(events, "pk", events)
    return [int(single)]


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
