"""The event a command names by its slug, or one line saying which slugs there are."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from clustermeet.events.models import Event


def event_by_slug(slug: str) -> Event | None:
    """The event, or None after printing the known slugs to stderr (call after setup())."""
    from clustermeet.events.models import Event

    event = Event.objects.filter(slug=slug).first()
    if event is None:
        slugs = ", ".join(Event.objects.values_list("slug", flat=True)) or "none yet"
        print(f"No event '{slug}'. Known events: {slugs}.", file=sys.stderr)
    return event
