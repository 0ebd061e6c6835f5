"""Import organisations, participants and items from CSV or XLSX, all or nothing.

Every row is parsed and checked before anything is written; one bad field rejects the whole
file with an error naming the sheet, the row, the column and what is expected. Re-importing
the same file updates records in place: organisations are keyed by slug, participants by
e-mail, items by e-mail and title.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify

from clustermeet.accounts.models import User
from clustermeet.audit.log import record
from clustermeet.events.models import Delegation, Event
from clustermeet.events.rules import require_organiser
from clustermeet.exchange.columns import KINDS, Column
from clustermeet.exchange.problems import ImportRejected, Problem
from clustermeet.exchange.tabular import Row, Sheet
from clustermeet.profiles.models import Item, Organisation, Participant


@dataclass
class ImportReport:
    created: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    accounts_created: int = 0  # people new to clustermeet; the others were only linked

    def summary(self) -> str:
        parts = [
            f"{kind}: {self.created[kind]} created, {self.updated[kind]} updated"
            for kind in KINDS
            if self.created[kind] or self.updated[kind]
        ]
        if self.accounts_created:
            parts.append(f"{self.accounts_created} new accounts")
        return "; ".join(parts) or "nothing to import"


@dataclass
class Parsed:
    where: str
    values: dict[str, Any]


def detect_kind(sheet: Sheet) -> str:
    """The kind from the sheet's name, else from its columns."""
    for kind in KINDS:
        if kind.rstrip("s") in sheet.name.lower():
            return kind
    columns = set(sheet.columns)
    if {"title", "type", "email"} <= columns:
        return "items"
    if {"email", "first_name"} <= columns:
        return "participants"
    if {"name", "country"} <= columns:
        return "organisations"
    raise ImportRejected(
        [
            Problem(
                sheet.name,
                "header",
                "cannot tell which kind of records this is; expected the "
                "columns of organisations, participants or items (see the templates)",
            )
        ]
    )


def _parse_sheet(
    sheet: Sheet, columns: tuple[Column, ...], problems: list[Problem]
) -> list[Parsed]:
    known = {c.name for c in columns}
    missing = [c.name for c in columns if c.required and c.name not in sheet.columns]
    unknown = [c for c in sheet.columns if c and c not in known]
    twice = sorted({c for c in sheet.columns if c and sheet.columns.count(c) > 1})
    if twice:
        problems.append(Problem(sheet.name, "header", f"column(s) given twice: {', '.join(twice)}"))
    if missing:
        problems.append(Problem(sheet.name, "header", f"missing column(s): {', '.join(missing)}"))
    if unknown:
        problems.append(
            Problem(
                sheet.name,
                "header",
                f"unknown column(s): {', '.join(unknown)}; expected {', '.join(sorted(known))}",
            )
        )
    if missing or unknown or twice:
        return []
    parsed = []
    for row in sheet.rows:
        parsed.append(_parse_row(sheet, row, columns, problems))
    return parsed


def _parse_row(
    sheet: Sheet, row: Row, columns: tuple[Column, ...], problems: list[Problem]
) -> Parsed:
    where = f"{sheet.name} row {row.number}"
    values: dict[str, Any] = {}
    if row.extra:
        problems.append(
            Problem(where, "cells", f"{row.extra} filled cell(s) right of the last named column")
        )
    for column in columns:
        raw = row.values.get(column.name, "")
        if len(raw) > column.max_length:
            problems.append(
                Problem(where, column.name, f"{len(raw)} characters; at most {column.max_length}")
            )
            continue
        if "\x00" in raw:
            problems.append(Problem(where, column.name, "contains a NUL byte; expected text"))
            continue
        if raw == "":
            if column.required:
                problems.append(Problem(where, column.name, f"required; e.g. '{column.example}'"))
            values[column.name] = None if column.required else _empty(column)
            continue
        try:
            values[column.name] = column.parse(raw)
        except ValueError as error:
            problems.append(Problem(where, column.name, str(error)))
    return Parsed(where, values)


def _empty(column: Column) -> Any:
    try:
        return column.parse("")
    except ValueError:
        return None  # a choice left empty takes the model's default


def _duplicates(rows: list[Parsed], key: Any, what: str, problems: list[Problem]) -> None:
    seen: dict[Any, str] = {}
    for row in rows:
        k = key(row.values)
        if None in (k if isinstance(k, tuple) else (k,)):
            continue
        if k in seen:
            problems.append(Problem(row.where, what, f"'{k}' appears twice (first at {seen[k]})"))
        else:
            seen[k] = row.where


def _participant_problems(event: Event, row: Parsed, problems: list[Problem]) -> None:
    """What the model says of a participants row, and min_meetings <= max_meetings."""
    v = row.values
    least, most = v.get("min_meetings") or 0, v.get("max_meetings")
    if most is not None and most < least:
        problems.append(
            Problem(
                row.where, "max_meetings", f"expected at least min_meetings ({least}), got {most}"
            )
        )
    fields = {k: v.get(k) for k in ("job_title", "phone", "languages", "target_countries")}
    person = Participant(event=event, min_meetings=least, max_meetings=most, **fields)
    _model_problems(person, row.where, problems, exclude=["user", "organisation"])


def _model_problems(
    instance: Any, where: str, problems: list[Problem], exclude: list[str] | None = None
) -> None:
    try:
        instance.full_clean(exclude=exclude, validate_unique=False, validate_constraints=False)
    except ValidationError as error:
        for name, messages in error.message_dict.items():
            problems.append(Problem(where, name, " ".join(messages)))


def organisation_slug(values: dict[str, Any]) -> str:
    return values.get("slug") or slugify(f"{values['name']}-{values['country']}")[:120]


def _organisation_fields(values: dict[str, Any]) -> dict[str, Any]:
    """A parsed organisations row as model fields: the column `type` is the field `kind`."""
    fields = dict(values, slug=organisation_slug(values))
    fields["kind"] = fields.pop("type")
    return fields


@transaction.atomic
def import_sheets(event: Event, sheets: list[Sheet], *, acting_user: User | None) -> ImportReport:
    """Check every row of every sheet, then write them all in one transaction.

    Who may: the event's organisers. People are matched to accounts by e-mail; an account
    that exists is linked as it is, a new one gets the row's name and no usable password."""
    require_organiser(event, acting_user)
    problems: list[Problem] = []
    parsed: dict[str, list[Parsed]] = {kind: [] for kind in KINDS}
    for sheet in sheets:
        kind = detect_kind(sheet)
        parsed[kind] += _parse_sheet(sheet, KINDS[kind], problems)

    orgs, people, items = parsed["organisations"], parsed["participants"], parsed["items"]
    _duplicates(orgs, organisation_slug_or_none, "slug", problems)
    _duplicates(people, lambda v: v.get("email"), "email", problems)
    _duplicates(items, lambda v: (v.get("email"), v.get("title")), "title", problems)

    org_keys = {organisation_slug_or_none(o.values) for o in orgs} | {
        o.values["name"].lower() for o in orgs if o.values.get("name")
    }
    existing_orgs = {o.slug: o for o in Organisation.objects.filter(event=event)}
    existing_by_name = {o.name.lower(): o for o in existing_orgs.values()}
    for row in people:
        ref = row.values.get("organisation")
        if (
            ref
            and ref not in org_keys
            and ref.lower() not in org_keys
            and ref not in existing_orgs
            and ref.lower() not in existing_by_name
        ):
            problems.append(
                Problem(
                    row.where,
                    "organisation",
                    f"'{ref}' is neither an organisation "
                    "of this import nor a known one (give its slug or exact name)",
                )
            )
    emails = {p.values.get("email") for p in people} | set(
        Participant.objects.filter(event=event).values_list("user__email", flat=True)
    )
    for row in items:
        if row.values.get("email") and row.values["email"] not in emails:
            problems.append(
                Problem(
                    row.where,
                    "email",
                    f"'{row.values['email']}' is not a "
                    "participant of this event nor of this import",
                )
            )
    for row in orgs:
        if all(row.values.get(c) is not None for c in ("name", "type", "country")):
            fields = _organisation_fields(row.values)
            _model_problems(Organisation(event=event, **fields), row.where, problems)
    for row in people:
        _participant_problems(event, row, problems)
    for row in items:
        v = row.values
        if v.get("type") and v.get("title"):
            item = Item(event=event, kind=v["type"], title=v["title"], keywords=v["keywords"])
            _model_problems(item, row.where, problems, exclude=["participant"])
    if problems:
        raise ImportRejected(problems)
    report = _write(event, orgs, people, items, existing_orgs, existing_by_name)
    record(
        "import_people",
        event,
        actor=acting_user,
        event=event,
        after={
            "created": dict(report.created),
            "updated": dict(report.updated),
            "accounts_created": report.accounts_created,
        },
    )
    return report


def organisation_slug_or_none(values: dict[str, Any]) -> str | None:
    if not values.get("name") or not values.get("country"):
        return values.get("slug")
    return organisation_slug(values)


def _write(
    event: Event,
    orgs: list[Parsed],
    people: list[Parsed],
    items: list[Parsed],
    existing_orgs: dict[str, Organisation],
    existing_by_name: dict[str, Organisation],
) -> ImportReport:
    report = ImportReport()
    for row in orgs:
        fields = _organisation_fields(row.values)
        slug = fields.pop("slug")
        org, created = Organisation.objects.update_or_create(
            event=event, slug=slug, defaults=fields
        )
        existing_orgs[slug] = org
        existing_by_name[org.name.lower()] = org
        (report.created if created else report.updated)["organisations"] += 1

    for row in people:
        v = row.values
        ref = v["organisation"]
        org = existing_orgs.get(ref) or existing_by_name[ref.lower()]
        user = User.objects.filter(email=v["email"]).first()
        if user is None:  # an account that exists is linked, never renamed or changed
            user = User(email=v["email"], first_name=v["first_name"], last_name=v["last_name"])
            user.set_unusable_password()
            user.save()
            report.accounts_created += 1
        delegation = None
        if v["delegation"]:
            delegation, _ = Delegation.objects.get_or_create(event=event, name=v["delegation"])
        defaults = {
            "organisation": org,
            "delegation": delegation,
            "job_title": v["job_title"],
            "phone": v["phone"],
            "languages": v["languages"],
            "attendance": v["attendance"] or "onsite",
            "target_countries": v["target_countries"],
            "min_meetings": v["min_meetings"] or 0,
            "max_meetings": v["max_meetings"],
        }
        _, created = Participant.objects.update_or_create(event=event, user=user, defaults=defaults)
        (report.created if created else report.updated)["participants"] += 1

    participants = {
        p.user.email: p for p in Participant.objects.filter(event=event).select_related("user")
    }
    for row in items:
        v = row.values
        language = v["language"][0] if v["language"] else "en"
        _, created = Item.objects.update_or_create(
            event=event,
            participant=participants[v["email"]],
            title=v["title"],
            defaults={
                "kind": v["type"],
                "description": v["description"],
                "keywords": v["keywords"],
                "language": language,
            },
        )
        (report.created if created else report.updated)["items"] += 1
    return report
