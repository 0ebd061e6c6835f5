"""Who may change an event: its organisers and staff. Command-line runs act as the system."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied

from clustermeet.accounts.models import User
from clustermeet.events.models import Event


def is_organiser(event: Event, user: User | None) -> bool:
    if user is None or not user.is_authenticated:
        return False
    return bool(user.is_superuser or event.organisers.filter(pk=user.pk).exists())


def require_organiser(event: Event, acting_user: User | None) -> None:
    """`acting_user=None` is the command line (the server's operator); a web user must organise."""
    if acting_user is not None and not is_organiser(event, acting_user):
        raise PermissionDenied(f"{acting_user.email} does not organise '{event.name}'.")
