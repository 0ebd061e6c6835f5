"""What the agenda's views share: the signed-in user's participation in the event."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _

from clustermeet.profiles.models import Participant


def my_participation(request: HttpRequest, slug: str) -> Participant:
    """404 unless the user takes part in the event: an agenda is its owner's alone."""
    found = (
        Participant.objects.filter(event__slug=slug, user=request.user.pk)
        .select_related("event", "user", "organisation")
        .first()
    )
    if found is None:
        raise Http404(_("You take part in no event at this address."))
    return found


def sentence(error: ValidationError) -> str:
    return " ".join(str(m) for m in error.messages)
