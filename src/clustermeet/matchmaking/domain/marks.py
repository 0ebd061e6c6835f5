"""`set_mark`: a participant's "must meet", "meet" or "no thanks" about another."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction

from clustermeet.accounts.models import User
from clustermeet.audit.log import record
from clustermeet.events.rules import on_behalf_of, require_self_or_organiser
from clustermeet.matchmaking.enums import MarkKind
from clustermeet.matchmaking.models import Mark
from clustermeet.profiles.models import Participant


def set_mark(
    participant: Participant, target: Participant, kind: str | None, *, acting_user: User | None
) -> Mark | None:
    """Set (or with `kind=None` remove) `participant`'s mark on `target`."""
    # who may
    event = participant.event
    require_self_or_organiser(event, acting_user, participant.user)
    if target.event_id != participant.event_id:
        raise ValidationError("Both people must take part in the same event.")
    if target.pk == participant.pk:
        raise ValidationError("You cannot mark yourself.")
    if kind is not None and kind not in MarkKind.values:
        raise ValidationError(
            f"'{kind}' is not a mark; expected one of {', '.join(MarkKind.values)}."
        )
    # one transaction → the change → the audit entry
    with transaction.atomic():
        mark = (
            Mark.objects.select_for_update().filter(participant=participant, target=target).first()
        )
        before = {"kind": mark.kind} if mark else {}
        if kind is None:
            if mark is not None:
                mark.delete()
            mark = None
        elif mark is None:
            mark = Mark.objects.create(
                event=event, participant=participant, target=target, kind=kind
            )
        else:
            mark.kind = kind
            mark.save(update_fields=["kind"])
        record(
            "set_mark",
            mark or target,
            actor=acting_user,
            event=event,
            before=before,
            after={"target": target.pk, "kind": kind} if kind else {},
            on_behalf_of=on_behalf_of(event, acting_user, participant.user),
        )
    return mark
