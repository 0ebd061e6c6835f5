"""Contact details are private until a meeting is agreed between two participants."""

from __future__ import annotations

from django.db.models import Q

from clustermeet.meetings.enums import RequestStatus
from clustermeet.meetings.models import Request
from clustermeet.profiles.models import Participant


def agreed_partner_ids(viewer: Participant) -> set[int]:
    """Participants with whom `viewer` has an accepted request, in either direction."""
    accepted = Request.objects.filter(event_id=viewer.event_id, status=RequestStatus.ACCEPTED)
    pairs = accepted.filter(Q(requester=viewer) | Q(requested=viewer)).values_list(
        "requester_id", "requested_id"
    )
    return {other for pair in pairs for other in pair if other != viewer.pk}


def may_see_contact(viewer: Participant, other: Participant) -> bool:
    return viewer.pk == other.pk or other.pk in agreed_partner_ids(viewer)
