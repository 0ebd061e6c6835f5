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

    def summary(self) -> str:
        parts = [
            f"{kind}: {self.created[kind]} created, {self.updated[kind]} updated"
            for kind in KINDS
            if self.created[kind] or self.updated[kind]
        ]
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
    if missing or unknown:
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
    for column in columns:
        raw = row.values.get(column.name, "")
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


def _model_problems(instance: Any, where: str, problems: list[Problem]) -> None:
    try:
        instance.full_clean(validate_unique=False, validate_constraints=False)
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
    """Check every row of every sheet, then write them all in one transaction."""
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
    if problems:
        raise ImportRejected(problems)
    return _write(event, orgs, people, items, existing_orgs, existing_by_name)


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
        user, _ = User.objects.get_or_create(email=v["email"])
        user.first_name, user.last_name = v["first_name"], v["last_name"]
        user.save()
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
