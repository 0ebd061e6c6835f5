"""`add_walk_in`: someone turns up on the day without having registered; an organiser adds
them at the door.

Decisions:
- The organisation is the event's one of that name (case does not matter), or a new one,
  which needs its country.
- An account that exists already (the same e-mail address) is linked, never renamed, as the
  import does; someone who already takes part is refused with their name.
- A walk-in is at the venue: they are checked in at once, on site.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from clustermeet.accounts.models import User
from clustermeet.audit.log import record
from clustermeet.events.models import Event
from clustermeet.events.rules import require_organiser
from clustermeet.profiles.enums import Attendance
from clustermeet.profiles.models import Organisation, Participant


def _organisation(event: Event, name: str, country: str) -> Organisation:
    found = Organisation.objects.filter(event=event, name__iexact=name).first()
    if found is not None:
        return found
    if not country:
        raise ValidationError(
            _("'%(name)s' is a new organisation at this event: give its country too.")
            % {"name": name}
        )
    base = slugify(f"{name}-{country}")[:110] or "organisation"
    slug, n = base, 1
    while Organisation.objects.filter(event=event, slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    organisation = Organisation(event=event, slug=slug, name=name, country=country.upper())
    organisation.full_clean()
    organisation.save()
    return organisation


def add_walk_in(
    event: Event,
    *,
    acting_user: User | None,
    first_name: str,
    last_name: str,
    email: str,
    organisation: str,
    country: str = "",
) -> Participant:
    """Add a participant at the door, checked in, of `organisation` (found or made)."""
    require_organiser(event, acting_user)
    first_name, last_name = first_name.strip(), last_name.strip()
    email, organisation = email.strip().lower(), organisation.strip()
    if not (first_name and last_name and email and organisation):
        raise ValidationError(
            _("Give the walk-in's first name, last name, e-mail address and organisation.")
        )
    with transaction.atomic():
        user = User.objects.filter(email=email).first()
        if user is not None and Participant.objects.filter(event=event, user=user).exists():
            raise ValidationError(
                _("%(name)s already takes part in this event; check them in instead.")
                % {"name": user.display_name}
            )
        created = user is None
        if user is None:
            user = User(email=email, first_name=first_name, last_name=last_name)
            user.full_clean(exclude=["password", "username"])
            user.set_unusable_password()
            user.save()
        org = _organisation(event, organisation, country)
        person = Participant.objects.create(
            event=event,
            user=user,
            organisation=org,
            attendance=Attendance.ONSITE,
            checked_in_at=timezone.now(),
        )
        record(
            "add_walk_in",
            person,
            actor=acting_user,
            event=event,
            after={
                "organisation": org.pk,
                "account_created": created,
                "checked_in_at": person.checked_in_at,
            },
        )
    return person
