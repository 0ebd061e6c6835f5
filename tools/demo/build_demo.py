"""Build the demo event file from its data files.

    .venv/bin/python tools/demo/build_demo.py [--data DIR] [OUTPUT]

reads the data files in DIR (default: `eu_canada_2019/` next to this script) and writes the
clustermeet event file OUTPUT (default: `src/clustermeet/demo/eu_canada_2019.json`, the file
`clustermeet demo` loads). The organisations, participants and items are CSV files with
exactly the columns of `clustermeet import` (docs/import-columns.md); `event.json`,
`tables.csv`, `requests.csv` and `unavailable.csv` hold what those columns do not cover.
The same data always gives the same bytes. Users are written without passwords: the demo
loader sets them after the import.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import django

if __name__ == "__main__":  # the columns' choice labels are translatable: Django reads them
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clustermeet.site.settings")
    django.setup()

from clustermeet.engine.scheduling import parse_breaks, slot_times  # noqa: E402
from clustermeet.exchange.columns import KINDS  # noqa: E402

HERE = Path(__file__).resolve().parent
DATA = HERE / "eu_canada_2019"
OUTPUT = HERE.parents[1] / "src" / "clustermeet" / "demo" / "eu_canada_2019.json"

TABLE_COLUMNS = ("name", "kind", "link", "capacity", "host")
REQUEST_COLUMNS = (
    "requester",
    "requested",
    "status",
    "priority",
    "created_at",
    "responded_at",
    "message",
)
UNAVAILABLE_COLUMNS = ("email", "session", "first_slot", "slots")


class DataError(Exception):
    """A data file says something the event file cannot hold; the message names where."""


Row = tuple[str, dict[str, str]]  # (where, text by column)
Record = tuple[str, dict[str, Any]]  # (where, value by column, as the import parses it)


def read_table(folder: Path, name: str, columns: tuple[str, ...]) -> list[Row]:
    path = folder / name
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            table = list(csv.reader(handle))
    except OSError as error:
        raise DataError(f"{path}: cannot read it ({error.strerror})") from None
    if not table or tuple(table[0]) != columns:
        got = ",".join(table[0]) if table else "nothing"
        raise DataError(f"{path}: the header is {got}; expected {','.join(columns)}")
    rows = []
    for line, cells in enumerate(table[1:], start=2):
        if len(cells) != len(columns):
            raise DataError(f"{name} line {line}: {len(cells)} cells; expected {len(columns)}")
        rows.append((f"{name} line {line}", dict(zip(columns, cells, strict=True))))
    return rows


def read_import_file(folder: Path, kind: str) -> list[Record]:
    """An import file, each cell parsed by the import's own column (so its vocabulary holds)."""
    columns = KINDS[kind]
    records = []
    for where, text in read_table(folder, f"{kind}.csv", tuple(c.name for c in columns)):
        values: dict[str, Any] = {}
        for column in columns:
            if text[column.name] == "" and column.required:
                raise DataError(f"{where}: {column.name} is empty; it is required")
            try:
                values[column.name] = column.parse(text[column.name])
            except ValueError as error:
                if text[column.name]:
                    raise DataError(f"{where}: {column.name}: {error}") from None
                values[column.name] = None  # an empty choice: the import's default
        records.append((where, values))
    return records


def count(where: str, column: str, text: str) -> int:
    if not text.isdigit():
        raise DataError(f"{where}: {column} is '{text}'; expected a whole number")
    return int(text)


def known(where: str, what: str, value: str, among: dict[str, Any] | set[str]) -> str:
    if value not in among:
        raise DataError(f"{where}: {what} '{value}' is not in the data files")
    return value


def organisations(records: list[Record]) -> list[dict[str, Any]]:
    return [
        {
            "slug": v["slug"],
            "name": v["name"],
            "type": v["type"],
            "country": v["country"],
            "region": v["region"],
            "website": v["website"],
            "description": v["description"],
            "ecosystems": v["ecosystems"],
            "nace_codes": v["nace_codes"],
            "key_technologies": v["key_technologies"],
            "member_count": v["member_count"],
            "founded_year": v["founded_year"],
        }
        for _, v in records
    ]


def session_slots(session: dict[str, Any], tz: ZoneInfo) -> list[str]:
    """The slot start times the importer will generate for the session."""
    return [
        moment.isoformat()
        for moment in slot_times(
            date.fromisoformat(session["date"]),
            time.fromisoformat(session["start_time"]),
            time.fromisoformat(session["end_time"]),
            session["slot_minutes"],
            tz,
            session["gap_minutes"],
            parse_breaks(session["breaks"]),
        )
    ]


def unavailable(
    rows: list[Row], sessions: list[dict[str, Any]], tz: ZoneInfo, emails: set[str]
) -> dict[str, list[str]]:
    """E-mail -> the slot start times a person cannot meet in (a run within one session)."""
    slots = {session["name"]: session_slots(session, tz) for session in sessions}
    missed: dict[str, list[str]] = {}
    for where, v in rows:
        starts = slots[known(where, "session", v["session"], slots)]
        first = count(where, "first_slot", v["first_slot"])
        last = first + count(where, "slots", v["slots"]) - 1
        if not 1 <= first <= last <= len(starts):
            raise DataError(
                f"{where}: slots {first} to {last} of '{v['session']}'; "
                f"the session has slots 1 to {len(starts)}"
            )
        missed.setdefault(known(where, "e-mail", v["email"], emails), []).extend(
            starts[first - 1 : last]
        )
    return missed


def people(
    records: list[Record],
    item_records: list[Record],
    missed: dict[str, list[str]],
    organisation_slugs: set[str],
    delegation_names: set[str],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Users and participants, each participant with its items, in the files' order."""
    items: dict[str, list[dict[str, Any]]] = {v["email"]: [] for _, v in records}
    for where, v in item_records:
        items[known(where, "e-mail", v["email"], items)].append(
            {
                "type": v["type"],
                "title": v["title"],
                "description": v["description"],
                "keywords": v["keywords"],
                "language": v["language"][0] if v["language"] else "en",
            }
        )
    users, participants = [], []
    for where, v in records:
        users.append(
            {
                "email": v["email"],
                "first_name": v["first_name"],
                "last_name": v["last_name"],
            }
        )
        participants.append(
            {
                "email": v["email"],
                "organisation": known(where, "organisation", v["organisation"], organisation_slugs),
                "delegation": known(where, "delegation", v["delegation"], delegation_names),
                "job_title": v["job_title"],
                "phone": v["phone"],
                "languages": v["languages"],
                "attendance": v["attendance"] or "onsite",
                "target_countries": v["target_countries"],
                "min_meetings": v["min_meetings"] or 0,
                "max_meetings": v["max_meetings"],
                "unavailable_slots": missed.get(v["email"], []),
                "items": items[v["email"]],
            }
        )
    return users, participants


def requests(rows: list[Row], emails: set[str], expiry_days: int) -> list[dict[str, Any]]:
    """Meeting requests; each expires the event's expiry period after it was made."""
    made = []
    for where, v in rows:
        try:
            created = datetime.fromisoformat(v["created_at"])
        except ValueError:
            raise DataError(
                f"{where}: created_at is '{v['created_at']}'; expected an ISO date and time"
            ) from None
        made.append(
            {
                "requester": known(where, "requester", v["requester"], emails),
                "requested": known(where, "requested", v["requested"], emails),
                "message": v["message"],
                "priority": count(where, "priority", v["priority"]),
                "status": v["status"],
                "created_at": v["created_at"],
                "responded_at": v["responded_at"] or None,
                "expires_at": (created + timedelta(days=expiry_days)).isoformat(),
            }
        )
    return made


def tables(rows: list[Row]) -> list[dict[str, Any]]:
    return [
        {
            "name": v["name"],
            "kind": v["kind"],
            "link": v["link"],
            "capacity": count(where, "capacity", v["capacity"]),
            "host": v["host"] or None,
        }
        for where, v in rows
    ]


def build(folder: Path) -> dict[str, Any]:
    """The event file's content, from the data files in folder."""
    try:
        setting = json.loads((folder / "event.json").read_text(encoding="utf-8"))
        event, sessions = setting["event"], setting["sessions"]
        tz = ZoneInfo(event["time_zone"])
    except (OSError, ValueError, KeyError) as error:
        raise DataError(f"{folder / 'event.json'}: unreadable or incomplete ({error})") from None
    orgs = organisations(read_import_file(folder, "organisations"))
    person_records = read_import_file(folder, "participants")
    emails = {v["email"] for _, v in person_records}
    users, participants = people(
        person_records,
        read_import_file(folder, "items"),
        unavailable(
            read_table(folder, "unavailable.csv", UNAVAILABLE_COLUMNS), sessions, tz, emails
        ),
        {o["slug"] for o in orgs},
        {d["name"] for d in setting["delegations"]},
    )
    return {
        "format": "clustermeet-event",
        "version": 1,
        "event": event,
        "users": [*setting["users"], *users],
        "delegations": setting["delegations"],
        "organisations": orgs,
        "sessions": sessions,
        "tables": tables(read_table(folder, "tables.csv", TABLE_COLUMNS)),
        "participants": participants,
        "requests": requests(
            read_table(folder, "requests.csv", REQUEST_COLUMNS),
            emails,
            event["request_expiry_days"],
        ),
        "schedules": [],
    }


def render(folder: Path = DATA) -> str:
    """The event file's text: the same bytes for the same data."""
    return json.dumps(build(folder), ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the demo event file from its data.")
    parser.add_argument("output", nargs="?", type=Path, default=OUTPUT)
    parser.add_argument("--data", type=Path, default=DATA, help="folder of the data files")
    args = parser.parse_args(argv)
    try:
        text = render(args.data)
    except DataError as error:
        print(f"build_demo: {error}", file=sys.stderr)
        return 2
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
