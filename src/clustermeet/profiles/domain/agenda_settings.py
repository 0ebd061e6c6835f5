"""A participant's own settings for their agenda and the report: their time zone, and their
consent to be named (with their organisation) in the event's report."""

from __future__ import annotations

import zoneinfo

from django.core.exceptions import ValidationError
from django.db import transaction

from clustermeet.accounts.models import User
from clustermeet.audit.log import record
from clustermeet.events.rules import on_behalf_of, require_self_or_organiser
from clustermeet.profiles.models import Participant


def set_time_zone(
    participant: Participant, time_zone: str, *, acting_user: User | None
) -> Participant:
    """`time_zone`: an IANA name such as 'Europe/Sofia'; empty: the event's own."""
    event = participant.event
    require_self_or_organiser(event, acting_user, participant.user)
    time_zone = time_zone.strip()
    if time_zone and time_zone not in zoneinfo.available_timezones():
        raise ValidationError(
            f"'{time_zone[:64]}' is not a time zone; choose one from the list, "
            "e.g. 'Europe/Sofia' or 'America/Toronto'."
        )
    if time_zone == event.time_zone:
        time_zone = ""  # the event's own: follows the event if the organisers change it
    with transaction.atomic():
        before = {"time_zone": participant.time_zone}
        participant.time_zone = time_zone
        participant.save(update_fields=["time_zone"])
        record(
            "set_time_zone",
            participant,
            actor=acting_user,
            event=event,
            before=before,
            after={"time_zone": time_zone},
            on_behalf_of=on_behalf_of(event, acting_user, participant.user),
        )
    return participant


def set_named_in_report(
    participant: Participant, named: bool, *, acting_user: User | None
) -> Participant:
    """The participant's own consent; an organiser may record it on their behalf."""
    event = participant.event
    require_self_or_organiser(event, acting_user, participant.user)
    with transaction.atomic():
        before = {"named_in_report": participant.named_in_report}
        participant.named_in_report = named
        participant.save(update_fields=["named_in_report"])
        record(
            "set_named_in_report",
            participant,
            actor=acting_user,
            event=event,
            before=before,
            after={"named_in_report": named},
            on_behalf_of=on_behalf_of(event, acting_user, participant.user),
        )
    return participant
