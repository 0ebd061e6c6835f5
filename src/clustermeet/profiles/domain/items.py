"""A participant's marketplace items: `add_item`, `edit_item`, `withdraw_item`.

Withdrawing deletes the item's row, so it leaves matching, the directory, exports and the
API at once (no reader has to remember a flag); its full text stays in the audit entry's
`before`, which is where the history of a profile is read.
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
from clustermeet.events.validators import validate_language_list
from clustermeet.profiles.domain.profile import clean_changes
from clustermeet.profiles.models import Item, Participant
from clustermeet.profiles.rules import require_may_edit

ITEM_FIELDS = {
    "kind": _("Type"),
    "title": _("Title"),
    "description": _("Description"),
    "keywords": _("Keywords"),
    "language": _("Language"),
}
_STATE = tuple(ITEM_FIELDS)


def _state(item: Item) -> dict[str, Any]:
    return {f: getattr(item, f) for f in _STATE}


def _check(participant: Participant, values: Mapping[str, Any], item: Item | None) -> None:
    errors: dict[str, list[str]] = {}
    title = values.get("title")
    if title is not None:
        taken = Item.objects.filter(participant=participant, title=title)
        if item is not None:
            taken = taken.exclude(pk=item.pk)
        if taken.exists():
            taken_title = _("you already have an item with this title; choose another.")
            errors["title"] = [f"{ITEM_FIELDS['title']}: {taken_title}"]
    language = values.get("language")
    if language is not None:
        try:
            validate_language_list([language])
        except ValidationError as error:
            errors["language"] = [f"{ITEM_FIELDS['language']}: {m}" for m in error.messages]
    if errors:
        raise ValidationError(errors)


def _unknown(changes: Mapping[str, Any]) -> None:
    unknown = sorted(set(changes) - set(ITEM_FIELDS))
    if unknown:
        raise ValidationError(
            {
                name: f"'{name}' is not an item field; expected one of {', '.join(ITEM_FIELDS)}."
                for name in unknown
            }
        )


def add_item(
    participant: Participant, values: Mapping[str, Any], *, acting_user: User | None
) -> Item:
    """A new item of `participant` (`values`: kind, title, and optionally the rest)."""
    require_may_edit(participant, acting_user)
    _unknown(values)
    event = participant.event
    item = Item(event=event, participant=participant)
    fields = {"description": "", "keywords": [], "language": "en", **values}
    missing = {
        n: f"{ITEM_FIELDS[n]}: {_('required.')}" for n in ("kind", "title") if not fields.get(n)
    }
    if missing:
        raise ValidationError(missing)
    cleaned = clean_changes(Item, item, ITEM_FIELDS, fields)
    with transaction.atomic():
        Participant.objects.select_for_update(no_key=True).filter(pk=participant.pk).first()
        _check(participant, cleaned, None)
        for name, value in cleaned.items():
            setattr(item, name, value)
        item.save()
        record(
            "add_item",
            item,
            actor=acting_user,
            event=event,
            after=_state(item),
            on_behalf_of=on_behalf_of(event, acting_user, participant.user),
        )
    return item


def edit_item(item: Item, changes: Mapping[str, Any], *, acting_user: User | None) -> Item:
    """Change some of `item`'s fields."""
    participant = item.participant
    require_may_edit(participant, acting_user)
    _unknown(changes)
    event = participant.event
    with transaction.atomic():
        Participant.objects.select_for_update(no_key=True).filter(pk=participant.pk).first()
        current = Item.objects.select_for_update().get(pk=item.pk)
        cleaned = clean_changes(Item, current, ITEM_FIELDS, changes)
        _check(participant, cleaned, current)
        before = _state(current)
        changed = [k for k, v in cleaned.items() if getattr(current, k) != v]
        for name in changed:
            setattr(current, name, cleaned[name])
        if changed:
            current.save(update_fields=changed)
        record(
            "edit_item",
            current,
            actor=acting_user,
            event=event,
            before={k: before[k] for k in changed},
            after={k: cleaned[k] for k in changed},
            on_behalf_of=on_behalf_of(event, acting_user, participant.user),
        )
    return current


def withdraw_item(item: Item, *, acting_user: User | None) -> None:
    """Take `item` out of the marketplace; the audit entry keeps what it said."""
    participant = item.participant
    require_may_edit(participant, acting_user)
    event = participant.event
    with transaction.atomic():
        current = Item.objects.select_for_update().filter(pk=item.pk).first()
        if current is None:
            raise ValidationError(_("This item was already withdrawn."))
        before = {"participant": participant.pk, **_state(current)}
        record(
            "withdraw_item",
            current,
            actor=acting_user,
            event=event,
            before=before,
            after={},
            on_behalf_of=on_behalf_of(event, acting_user, participant.user),
        )
        current.delete()
