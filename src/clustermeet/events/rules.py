"""Who may do what with an event: the roles every app's rules are built from.

Roles: the administrator (superuser), an organiser of the event, a participant of the event,
anyone else. `acting_user=None` is the command line (the server's operator), which may do
anything an organiser may. Each `require_*` raises PermissionDenied with a sentence that
says who may.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied

from clustermeet.accounts.models import User
from clustermeet.events.models import Event


def is_operator(acting_user: User | None) -> bool:
    return acting_user is None


def is_organiser(event: Event, user: Any) -> bool:
    if user is None or not user.is_authenticated:
        return False
    return bool(user.is_superuser or event.organisers.filter(pk=user.pk).exists())


def require_organiser(event: Event, acting_user: User | None) -> None:
    """`acting_user=None` is the command line (the server's operator); a web user must organise."""
    if acting_user is not None and not is_organiser(event, acting_user):
        raise PermissionDenied(f"Only the organisers of '{event.name}' may do this.")


def require_self_or_organiser(event: Event, acting_user: User | None, person_user: Any) -> None:
    """A participant acts for themselves; an organiser (or the operator) may act for anyone."""
    if acting_user is None or is_organiser(event, acting_user):
        return
    if acting_user.pk != getattr(person_user, "pk", None):
        raise PermissionDenied(
            f"Only the person themselves or an organiser of '{event.name}' may do this."
        )


def on_behalf_of(event: Event, acting_user: User | None, person_user: Any) -> Any:
    """The user an organiser acted for (recorded in the audit log), or None when acting as self."""
    if acting_user is not None and acting_user.pk == getattr(person_user, "pk", None):
        return None
    return person_user
