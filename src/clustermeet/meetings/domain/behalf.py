"""An organiser acting for a participant: the verb runs as the organiser, always audited."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from django.db import transaction

from clustermeet.accounts.models import User
from clustermeet.audit.log import record
from clustermeet.events.rules import require_organiser
from clustermeet.profiles.models import Participant

T = TypeVar("T")


def act_on_behalf(
    participant: Participant,
    verb: Callable[..., T],
    *args: Any,
    acting_user: User | None,
    **kwargs: Any,
) -> T:
    """Run `verb(*args, acting_user=organiser, **kwargs)` for `participant`; the log says so."""
    require_organiser(participant.event, acting_user)
    with transaction.atomic():
        record(
            "act_on_behalf",
            participant,
            actor=acting_user,
            event=participant.event,
            after={"verb": getattr(verb, "__name__", str(verb))},
            on_behalf_of=participant.user,
        )
        return verb(*args, acting_user=acting_user, **kwargs)
