"""Who may change a participant's profile data: availability, the profile, the items.

An organisation is shared by all its people at one event (each event keeps its own copy):
any of them may edit it, as may the event's organisers, and every change is in the audit
log with who made it. Nobody outside the organisation may.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied

from clustermeet.accounts.models import User
from clustermeet.events.rules import is_organiser, require_self_or_organiser
from clustermeet.profiles.models import Organisation, Participant


def require_may_edit(participant: Participant, acting_user: User | None) -> None:
    """The person themselves, an organiser of their event, or the operator."""
    require_self_or_organiser(participant.event, acting_user, participant.user)


def require_may_edit_organisation(organisation: Organisation, acting_user: User | None) -> None:
    """A member of the organisation at its event, an organiser of the event, or the operator."""
    event = organisation.event
    if acting_user is None or is_organiser(event, acting_user):
        return
    if not Participant.objects.filter(organisation=organisation, user=acting_user.pk).exists():
        raise PermissionDenied(
            f"Only the people of {organisation.name} or an organiser of '{event.name}' may "
            "edit this organisation."
        )
