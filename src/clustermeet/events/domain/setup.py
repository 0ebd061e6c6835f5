"""Event set-up by its organisers: policies, sessions (their slots follow), tables.

A change that would take away a slot or a table holding meetings, or make a table unfit
for them, is refused with the list of those meetings: the organiser moves or cancels them
first (each of those tells both sides), so no meeting is ever dropped silently.

Renaming a table or changing a virtual room's link keeps its meetings but changes where
people go: it is refused with the list of those meetings until the organiser confirms
(`notify=True`), and then everyone with a published meeting there is told the new place.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.forms.models import model_to_dict
from django.utils.translation import gettext as _

from clustermeet.accounts.models import User
from clustermeet.audit.log import record
from clustermeet.events.domain.slots import renumber_slots, session_starts
from clustermeet.events.enums import TableKind
from clustermeet.events.models import Event, Session, Slot, Table
from clustermeet.events.rules import require_organiser

POLICY_FIELDS = (
    "description",
    "meeting_policy",
    "allowed_type_pairs",
    "request_mode",
    "request_quota",
    "request_expiry_days",
    "is_public",
)
SESSION_FIELDS = ("name", "date", "start_time", "end_time", "slot_minutes", "gap_minutes", "breaks")
TABLE_FIELDS = ("name", "kind", "link", "capacity")
PLACE_FIELDS = ("name", "link")  # what tells people where to go


def _apply(obj: Any, fields: tuple[str, ...], values: dict[str, Any]) -> dict[str, Any]:
    """Set the given fields, validate the row as a form would; return what it was before."""
    unknown = set(values) - set(fields)
    if unknown:
        raise ValidationError(f"Unknown setting(s): {', '.join(sorted(unknown))}.")
    before = model_to_dict(obj, fields=list(values))
    for name, value in values.items():
        setattr(obj, name, value)
    obj.full_clean()
    return before


def _standing(meetings: Any) -> list[str]:
    """The meetings that would be affected, as sentences (the meetings app is above us)."""
    rows = meetings.filter(stands=True).select_related("slot__session", "slot__event", "table")
    return [
        f"{m.slot}, {m.table} (version {m.schedule.version})"
        for m in rows.select_related("schedule")
    ]


def _refuse_if_held(what: str, affected: list[str]) -> None:
    if affected:
        shown = "; ".join(affected[:10]) + ("; …" if len(affected) > 10 else "")
        raise ValidationError(
            f"{what} holds {len(affected)} meeting(s): {shown}. Move or cancel them first "
            "(both sides are told), then change it."
        )


def set_policies(event: Event, *, acting_user: User | None, **values: Any) -> Event:
    """Who may meet whom, the request mode, quota and expiry, the public page's text."""
    require_organiser(event, acting_user)
    with transaction.atomic():
        before = _apply(event, POLICY_FIELDS, values)
        event.save(update_fields=list(values))
        record("set_policies", event, actor=acting_user, event=event, before=before, after=values)
    return event


def _sync_slots(session: Session) -> list[str]:
    """Make the session's slots those its settings give: slots whose start stays are kept
    (with their meetings); returns the meetings held by slots that would go."""
    starts = session_starts(session)
    current = {s.start: s for s in Slot.objects.filter(session=session)}
    going = [s for start, s in current.items() if start not in starts]
    stale = [
        s for start, s in current.items() if start in starts and s.minutes != session.slot_minutes
    ]
    affected = _standing(session.event.meetings.filter(slot__in=going + stale))
    if affected:
        return affected
    Slot.objects.filter(pk__in=[s.pk for s in going]).delete()
    Slot.objects.filter(pk__in=[s.pk for s in stale]).update(minutes=session.slot_minutes)
    Slot.objects.bulk_create(
        Slot(event_id=session.event_id, session=session, start=start, minutes=session.slot_minutes)
        for start in starts
        if start not in current
    )
    renumber_slots(session.event)
    return []


def save_session(
    event: Event, session: Session | None = None, *, acting_user: User | None, **values: Any
) -> Session:
    """Add a session (`session=None`) or change one; its slots follow from start, end, slot
    length, changeover and breaks. Refused when a slot that would go holds meetings."""
    require_organiser(event, acting_user)
    with transaction.atomic():
        session = session or Session(event=event)
        before = _apply(session, SESSION_FIELDS, values)
        session.save()
        _refuse_if_held(f"The session '{session.name}'", _sync_slots(session))
        record(
            "save_session",
            session,
            actor=acting_user,
            event=event,
            before=before,
            after={**values, "slots": session.slots.count()},
        )
    return session


def _tell_new_place(table: Table) -> list[int]:
    """After commit, tell everyone with a published meeting at `table` where it now is; the
    ids of the people told. (The meetings app is above us: read through the relations.)"""
    seats = (
        table.meetings.filter(stands=True, schedule__state="published")
        .select_related("slot__session", "slot__event")
        .prefetch_related("seats__participant__user")
    )
    letters: dict[str, list[str]] = {}
    told: list[int] = []
    place = f"{table.name} ({table.link})" if table.link else table.name
    for meeting in seats:
        for seat in meeting.seats.all():
            told.append(seat.participant_id)
            if seat.participant.user.email:
                letters.setdefault(seat.participant.user.email, []).append(
                    _("Your meeting at %(slot)s is now at %(place)s.")
                    % {"slot": meeting.slot, "place": place}
                )

    subject = _("Your meeting place at %(event)s has changed") % {"event": table.event.name}

    def send() -> None:
        for address, lines in sorted(letters.items()):
            send_mail(
                subject,
                "\n".join(lines),
                None,
                [address],
                fail_silently=True,
            )

    transaction.on_commit(send)
    return sorted(set(told))


def save_table(
    event: Event,
    table: Table | None = None,
    *,
    acting_user: User | None,
    notify: bool = False,
    **values: Any,
) -> Table:
    """Add a table, booth or virtual room (a virtual room needs its link), or change one.
    Changing the kind of a table that holds meetings, or its seats below two, is refused with
    those meetings; a new name or link is saved with `notify=True` only, and tells them."""
    require_organiser(event, acting_user)
    with transaction.atomic():
        old = model_to_dict(table, fields=list(TABLE_FIELDS)) if table is not None else None
        table = table or Table(event=event)
        kind, link = values.get("kind", table.kind), values.get("link", table.link)
        if kind == TableKind.VIRTUAL and not link:
            raise ValidationError("A virtual room needs its video-call link.")
        before = _apply(table, TABLE_FIELDS, values)
        told: list[int] = []
        if old is not None:
            held = _standing(table.meetings.all())
            if old["kind"] != table.kind:
                _refuse_if_held(f"The table '{old['name']}'", held)
            if table.capacity < 2 and held:
                _refuse_if_held(
                    _("The table '%(name)s' (two seats at least)") % {"name": old["name"]}, held
                )
            moved = [f for f in PLACE_FIELDS if old[f] != getattr(table, f)]
            if moved and held and not notify:
                shown = "; ".join(held[:10]) + ("; …" if len(held) > 10 else "")
                raise ValidationError(
                    _(
                        "The table '%(name)s' holds %(n)s meeting(s): %(shown)s. A new "
                        "%(what)s changes where they take place: confirm to save and tell "
                        "everyone with a published meeting there."
                    )
                    % {
                        "name": old["name"],
                        "n": len(held),
                        "shown": shown,
                        "what": _(" and ").join(moved),
                    }
                )
            if moved and held:
                told = _tell_new_place(table)
        table.save()
        record(
            "save_table",
            table,
            actor=acting_user,
            event=event,
            before=before,
            after={**values, **({"notified": told} if told else {})},
        )
    return table


def remove_table(table: Table, *, acting_user: User | None) -> None:
    """Remove a table that holds no standing meeting (cancelled ones go with it)."""
    event = table.event
    require_organiser(event, acting_user)
    with transaction.atomic():
        _refuse_if_held(f"The table '{table.name}'", _standing(table.meetings.all()))
        if table.meetings.exists():
            raise ValidationError(
                f"The table '{table.name}' is named by cancelled meetings of earlier "
                "versions; it stays, but you may rename it."
            )
        record(
            "remove_table",
            table,
            actor=acting_user,
            event=event,
            before={"name": table.name, "kind": table.kind},
        )
        table.delete()
