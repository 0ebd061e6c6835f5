"""Who may open the people pages: the event's participants (their own pages), and for the
directory also its organisers. Anyone else gets a 404, as if the event had no such page."""

from __future__ import annotations

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from clustermeet.events.models import Event
from clustermeet.events.rules import is_organiser
from clustermeet.profiles.enums import Registration
from clustermeet.profiles.models import Participant

_PERSON = ("event", "user", "organisation", "delegation")


def participation(request: HttpRequest, slug: str) -> Participant:
    """The signed-in user's participation in the event `slug`, or 404."""
    found = (
        Participant.objects.filter(event__slug=slug, user=request.user.pk)
        .select_related(*_PERSON)
        .first()
    )
    if found is None:
        raise Http404("You take no part in this event.")
    return found


def member_or_organiser(request: HttpRequest, slug: str) -> tuple[Event, Participant | None]:
    """The event and the user's participation in it (None for an organiser who takes no part);
    404 for anyone else."""
    event = get_object_or_404(Event, slug=slug)
    found = (
        Participant.objects.filter(event=event, user=request.user.pk)
        .select_related(*_PERSON)
        .first()
    )
    if found is None and not is_organiser(event, request.user):
        raise Http404("You take no part in this event.")
    return event, found


def person_of(event: Event, pk: int) -> Participant:
    """Another participant of the same event, or 404 (another event's people do not exist here)."""
    people = Participant.objects.select_related(*_PERSON)
    # A pending or rejected registration has no profile page for others (nor a directory row).
    return get_object_or_404(
        people, pk=pk, event=event, registration=Registration.APPROVED, user__is_active=True
    )
