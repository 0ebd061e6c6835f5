"""The base of every view under /api/v1/events/<slug>/: the caller's roles at the event,
idempotent writes, and the rows of this event only (the middleware's scope says the same)."""

from __future__ import annotations

from functools import cached_property
from typing import Any, ClassVar

from django.db.models import Model, QuerySet
from rest_framework import exceptions, mixins, viewsets

from clustermeet.accounts.models import User
from clustermeet.api.access import Access, access_at
from clustermeet.api.idempotency import IdempotentWrites
from clustermeet.events.models import Event
from clustermeet.profiles.models import Participant


class EventView(IdempotentWrites, viewsets.GenericViewSet):  # type: ignore[type-arg]
    """`model` rows of the event in the URL; `read` says who may list them: "event" (anyone
    who may see the event), "member" (its organisers and participants) or "organiser"."""

    model: ClassVar[type[Model]]
    read: ClassVar[str] = "event"
    lookup_value_converter = "int"

    @cached_property
    def access(self) -> Access:
        return access_at(self.request, self.kwargs["slug"])

    @property
    def event(self) -> Event:
        return self.access.event

    def check_read(self) -> None:
        if self.read == "member":
            self.access.require_member()
        elif self.read == "organiser":
            self.access.require_organiser()

    @property
    def acting_user(self) -> User:
        """Who a write acts as: never None, which the verbs read as the operator."""
        if self.access.user is None:
            raise exceptions.NotAuthenticated()
        return self.access.user

    def parsed(self, serializer_class: type[Any]) -> Any:
        """The request's body, checked by `serializer_class` (a 400 naming each bad field)."""
        given = serializer_class(data=self.request.data)
        given.is_valid(raise_exception=True)
        return given.validated_data

    def person_for(self, given: int | None, what: str) -> Participant:
        """Whom a write is for: an organiser may name anyone; a participant is themselves."""
        if given is not None and self.access.organiser:
            return one(Participant, self.event, given, "participant")  # type: ignore[no-any-return]
        person = self.access.require_participant()
        if given not in (None, person.pk):
            raise exceptions.PermissionDenied(
                f"Each person {what} for themselves; an organiser of '{self.event.name}' may "
                "act for anyone."
            )
        return person

    def rows(self) -> QuerySet[Any]:
        """This event's rows the caller may read (views narrow it further per role)."""
        return self.model.objects.filter(event=self.event)  # type: ignore[attr-defined,no-any-return]

    def get_queryset(self) -> QuerySet[Any]:
        if getattr(self, "swagger_fake_view", False):  # drf-spectacular reading the types
            return self.model._base_manager.none()
        self.check_read()
        return self.rows()


class ReadView(mixins.ListModelMixin, mixins.RetrieveModelMixin, EventView):
    pass


def one(model: type[Model], event: Event, pk: int, what: str) -> Any:
    """The event's row `pk`, or a 400 naming what was not found."""
    row = model.objects.filter(event=event, pk=pk).first()  # type: ignore[attr-defined]
    if row is None:
        raise exceptions.ValidationError({what: f"no {what} {pk} at '{event.slug}'"})
    return row
