"""Who may change a participant's profile data (availability, later the profile itself)."""

from __future__ import annotations

from clustermeet.accounts.models import User
from clustermeet.events.rules import require_self_or_organiser
from clustermeet.profiles.models import Participant


def require_may_edit(participant: Participant, acting_user: User | None) -> None:
    """The person themselves, an organiser of their event, or the operator."""
    require_self_or_organiser(participant.event, acting_user, participant.user)
