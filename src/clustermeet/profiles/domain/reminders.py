"""Who cannot be booked yet, and why; and the organiser's one-click reminder to them.

A participant is unbookable while any of these holds: no availability (away in every slot),
an empty profile (no job title and an organisation without a description), no items in the
marketplace, no requests sent or received.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Count, QuerySet

from clustermeet.accounts.models import User
from clustermeet.audit.log import record
from clustermeet.events.models import Event, Slot
from clustermeet.events.rules import require_organiser
from clustermeet.profiles.domain.completeness import is_empty_profile
from clustermeet.profiles.models import Participant

NO_AVAILABILITY = "no availability"
EMPTY_PROFILE = "empty profile"
NO_ITEMS = "no items"
NO_REQUESTS = "no requests"


@dataclass(frozen=True)
class Bookability:
    participant: Participant
    problems: tuple[str, ...]

    @property
    def bookable(self) -> bool:
        return not self.problems


def _annotated(people: QuerySet[Participant]) -> QuerySet[Participant]:
    return people.select_related("user", "organisation", "delegation").annotate(
        n_away=Count("unavailable_slots", distinct=True),
        n_items=Count("items", distinct=True),
        n_sent=Count("sent_requests", distinct=True),
        n_received=Count("received_requests", distinct=True),
    )


def _problems(p: Participant, slots: int) -> tuple[str, ...]:
    found = []
    if slots and p.n_away >= slots:  # type: ignore[attr-defined]
        found.append(NO_AVAILABILITY)
    if is_empty_profile(p.job_title, p.organisation.description):
        found.append(EMPTY_PROFILE)
    if not p.n_items:  # type: ignore[attr-defined]
        found.append(NO_ITEMS)
    if not p.n_sent and not p.n_received:  # type: ignore[attr-defined]
        found.append(NO_REQUESTS)
    return tuple(found)


def bookability(event: Event) -> list[Bookability]:
    """Every participant of `event` with what stops them being booked (two queries)."""
    slots = Slot.objects.filter(event=event).count()
    people = _annotated(Participant.objects.filter(event=event)).order_by(
        "organisation__name", "user__last_name", "pk"
    )
    return [Bookability(p, _problems(p, slots)) for p in people]


def send_reminder(participant: Participant, *, acting_user: User | None) -> tuple[str, ...]:
    """E-mail `participant` what is missing before they can be booked; returns what it named."""
    event = participant.event
    require_organiser(event, acting_user)
    slots = Slot.objects.filter(event=event).count()
    person = _annotated(Participant.objects.filter(pk=participant.pk)).get()
    problems = _problems(person, slots)
    name = person.user.display_name
    if not problems:
        raise ValidationError(f"{name} can be booked already; there is nothing to remind.")
    if not person.user.email:
        raise ValidationError(f"{name} has no e-mail address to send a reminder to.")
    body = (
        f"Dear {name},\n\nbefore we can book meetings for you at {event.name}, please complete "
        f"your participation: {', '.join(problems)}.\n\nThe organisers"
    )
    address = person.user.email
    with transaction.atomic():
        record("send_reminder", person, actor=acting_user, event=event, after={"missing": problems})
        transaction.on_commit(
            lambda: send_mail(
                f"{event.name}: please complete your profile",
                body,
                None,
                [address],
                fail_silently=True,
            )
        )
    return problems
