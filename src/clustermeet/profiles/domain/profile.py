"""`update_profile`: a participant's own fields and their organisation's, in one verb.

The organisation is shared by its people at the event: whoever of them edits it changes
what the others show too (see `rules.require_may_edit_organisation`); the audit entry
names who did it and what each field was before.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from clustermeet.accounts.models import User
from clustermeet.audit.log import record
from clustermeet.events.rules import on_behalf_of
from clustermeet.profiles.models import Organisation, Participant
from clustermeet.profiles.rules import require_may_edit, require_may_edit_organisation

ORGANISATION_FIELDS = {
    "name": _("Organisation name"),
    "kind": _("Organisation type"),
    "country": _("Country"),
    "description": _("Description"),
    "website": _("Website"),
    "ecosystems": _("Industrial ecosystems"),
    "nace_codes": _("NACE codes"),
    "key_technologies": _("Key technologies"),
}
PARTICIPANT_FIELDS = {
    "job_title": _("Job title"),
    "languages": _("Languages spoken"),
    "target_countries": _("Target countries"),
}


def clean_changes(
    model: type[Any], instance: Any, labels: Mapping[str, Any], changes: Mapping[str, Any]
) -> dict[str, Any]:
    """Each change through its model field's own checks; every problem names its field."""
    values, errors = {}, {}
    for name, value in changes.items():
        field = model._meta.get_field(name)
        if isinstance(value, str):
            value = value.strip()
        try:
            values[name] = field.clean(value, instance)
        except ValidationError as error:
            errors[name] = [f"{labels[name]}: {message}" for message in error.messages]
    if errors:
        raise ValidationError(errors)
    return values


def update_profile(
    participant: Participant, changes: Mapping[str, Any], *, acting_user: User | None
) -> list[str]:
    """Apply `changes` (field name -> value) to `participant` and their organisation; return
    the names of the fields that changed."""
    unknown = sorted(set(changes) - set(ORGANISATION_FIELDS) - set(PARTICIPANT_FIELDS))
    if unknown:
        known = ", ".join([*PARTICIPANT_FIELDS, *ORGANISATION_FIELDS])
        raise ValidationError(
            {name: f"'{name}' is not a profile field; expected one of {known}." for name in unknown}
        )
    event = participant.event
    org_changes = {k: v for k, v in changes.items() if k in ORGANISATION_FIELDS}
    own_changes = {k: v for k, v in changes.items() if k in PARTICIPANT_FIELDS}
    if own_changes or not org_changes:
        require_may_edit(participant, acting_user)
    if org_changes:
        require_may_edit_organisation(participant.organisation, acting_user)
    with transaction.atomic():
        person = Participant.objects.select_for_update(no_key=True).get(pk=participant.pk)
        org = Organisation.objects.select_for_update(no_key=True).get(pk=person.organisation_id)
        own = clean_changes(Participant, person, PARTICIPANT_FIELDS, own_changes)
        theirs = clean_changes(Organisation, org, ORGANISATION_FIELDS, org_changes)
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        for target, values, prefix in ((person, own, ""), (org, theirs, "organisation.")):
            changed = [k for k, v in values.items() if getattr(target, k) != v]
            for name in changed:
                before[prefix + name] = getattr(target, name)
                after[prefix + name] = values[name]
                setattr(target, name, values[name])
            if changed:
                target.save(update_fields=changed)
        record(
            "update_profile",
            person,
            actor=acting_user,
            event=event,
            before=before,
            after=after,
            on_behalf_of=on_behalf_of(event, acting_user, participant.user),
        )
    # The caller's objects show what is stored now.
    for name in own:
        setattr(participant, name, own[name])
    for name in theirs:
        setattr(participant.organisation, name, theirs[name])
    return sorted(after)
