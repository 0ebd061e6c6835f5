"""Who the caller is at an event: the web's roles (events.rules), narrowed by a token.

A token works at its own event only, and in its own role: an organiser's participant token
acts as that participant, not as an organiser. Without a token (a browser session) the
user's roles at the event are the web's."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import Http404
from rest_framework import exceptions
from rest_framework.request import Request

from clustermeet.accounts.models import User
from clustermeet.api.enums import TokenRole
from clustermeet.api.models import ApiToken
from clustermeet.events.models import Event
from clustermeet.events.rules import is_organiser
from clustermeet.profiles.models import Participant


@dataclass(frozen=True)
class Access:
    event: Event
    user: User | None  # the signed-in user, or None
    organiser: bool
    participant: Participant | None

    @property
    def member(self) -> bool:
        return self.organiser or self.participant is not None

    def _signed_in(self) -> None:
        if self.user is None:
            raise exceptions.NotAuthenticated()

    def require_member(self) -> None:
        self._signed_in()
        if not self.member:
            raise exceptions.PermissionDenied(
                f"Only the organisers and participants of '{self.event.name}' may see this."
            )

    def require_organiser(self) -> None:
        self._signed_in()
        if not self.organiser:
            raise exceptions.PermissionDenied(
                f"Only the organisers of '{self.event.name}' may do this."
            )

    def require_participant(self) -> Participant:
        self._signed_in()
        if self.participant is None:
            raise exceptions.PermissionDenied(
                f"Only the participants of '{self.event.name}' may do this."
            )
        return self.participant


def token_of(request: Request) -> ApiToken | None:
    return request.auth if isinstance(request.auth, ApiToken) else None


def visible_events(request: Request) -> list[Event]:
    """The events the caller may see: public ones, and those they organise or attend (a
    token: its own event besides the public ones)."""
    events = Event.objects.filter(is_public=True)
    user = request.user
    token = token_of(request)
    if token is not None:
        events = events | Event.objects.filter(pk=token.event_id)
    elif user.is_authenticated and user.is_superuser:
        events = Event.objects.all()
    elif user.is_authenticated:
        events = (
            events
            | Event.objects.filter(organisers=user)
            | Event.objects.filter(participants__user=user)
        )
    return list(events.distinct().order_by("-start_date", "name"))


def access_at(request: Request, slug: str) -> Access:
    """The caller's roles at the event `slug`; 404 when they may not even see it."""
    event = Event.objects.filter(slug=slug).first()
    if event is None:
        raise Http404("No such event.")
    user = request.user if isinstance(request.user, User) else None
    token = token_of(request)
    if token is not None and token.event_id != event.pk:
        raise exceptions.PermissionDenied(
            f"This token is for the event '{token.event.slug}', not '{event.slug}'."
        )
    organiser = is_organiser(event, user) and (token is None or token.role == TokenRole.ORGANISER)
    participant = None
    if user is not None and (token is None or token.role == TokenRole.PARTICIPANT):
        participant = (
            Participant.objects.filter(event=event, user=user)
            .select_related("user", "organisation")
            .first()
        )
    access = Access(event, user, organiser, participant)
    if not event.is_public and not access.member:
        raise Http404("No such event.")
    return access
