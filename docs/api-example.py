#!/usr/bin/env python3
"""An organiser's script over the clustermeet API alone (Python's standard library only).

Reads the event and its people, runs the scheduler, shows what the new version changes
against the published one, publishes it, and prints every participant's agenda.

    clustermeet token --event eu-canada-2019 --user organiser@eccp.example  # prints it once
    export CLUSTERMEET_TOKEN=cm_...
    python docs/api-example.py --base http://127.0.0.1:8000 --event eu-canada-2019

With `--create FOLDER` it first creates the event of FOLDER/event.json (its sessions and
tables too), imports FOLDER's organisations.csv, participants.csv and items.csv, and sends
and accepts the meeting requests of FOLDER/requests.csv on the participants' behalf; then it
goes on as above at the new event, with the organiser token the creation answered:

    python docs/api-example.py --create docs/api-example

Writes carry an Idempotency-Key, so running a step again after a dropped connection never
schedules or publishes twice.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from typing import Any


class Api:
    def __init__(self, base: str, token: str) -> None:
        self.base, self.token = base.rstrip("/"), token

    def call(self, method: str, path: str, body: Any = None, key: str | None = None) -> Any:
        url = path if path.startswith("http") else f"{self.base}/api/v1/{path}"
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(url, data=data, method=method)
        request.add_header("Authorization", f"Bearer {self.token}")
        request.add_header("Accept", "application/json")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        if key:
            request.add_header("Idempotency-Key", key)
        try:
            with urllib.request.urlopen(request, timeout=300) as response:
                raw = response.read()
        except urllib.error.HTTPError as error:
            detail = json.loads(error.read() or b"{}").get("detail", error.reason)
            raise SystemExit(f"{method} {url}: {error.code} {detail}") from None
        return json.loads(raw) if raw else None

    def every(self, path: str) -> list[Any]:
        """All rows of a paged list, following `next`."""
        rows: list[Any] = []
        page: str | None = path
        while page:
            answer = self.call("GET", page)
            rows.extend(answer["results"])
            page = answer["next"]
        return rows


def create(api: Api, folder: Path) -> tuple[str, str]:
    """The event of `folder`, set up and filled: its slug and its new organiser token."""
    plan = json.loads((folder / "event.json").read_text(encoding="utf-8"))
    slug = plan["event"]["slug"]
    event = api.call("POST", "events/", plan["event"], f"create-{slug}")
    print(f"created {event['name']} at /{slug}/")
    api = Api(api.base, event["token"])  # the creator's token works at its own event only
    at = f"events/{slug}"
    for session in plan.get("sessions", []):
        api.call("POST", f"{at}/sessions/", session, f"session-{slug}-{session['name']}")
    for table in plan.get("tables", []):
        api.call("POST", f"{at}/tables/", table, f"table-{slug}-{table['name']}")
    sheets = {
        name: (folder / name).read_text(encoding="utf-8")
        for name in ("organisations.csv", "participants.csv", "items.csv")
        if (folder / name).exists()
    }
    report = api.call("POST", f"{at}/import/", {"sheets": sheets}, f"import-{slug}")
    print(f"imported: {report['summary']}")
    by_email = {p["email"]: p["id"] for p in api.every(f"{at}/participants/")}
    with (folder / "requests.csv").open(encoding="utf-8", newline="") as rows:
        for row in csv.DictReader(rows):
            body = {
                "requester": by_email[row["requester"]],
                "requested": by_email[row["requested"]],
            }
            key = f"request-{slug}-{row['requester']}-{row['requested']}"
            sent = api.call("POST", f"{at}/requests/", body, key)
            if sent["status"] == "pending":  # an organiser answers for the requested side
                api.call(
                    "POST",
                    f"{at}/requests/{sent['id']}/respond/",
                    {"answer": "accept"},
                    f"accept-{key}",
                )
    return slug, event["token"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="http://127.0.0.1:8000", help="the server's address")
    parser.add_argument("--event", metavar="SLUG", help="the event (unless --create)")
    parser.add_argument("--create", type=Path, metavar="FOLDER", help="create FOLDER's event")
    parser.add_argument("--time-limit", type=float, default=20, help="solver seconds")
    args = parser.parse_args()
    token = os.environ.get("CLUSTERMEET_TOKEN")
    if not token:
        print(
            "Set CLUSTERMEET_TOKEN to an organiser's token (clustermeet token ...).",
            file=sys.stderr,
        )
        return 2
    api = Api(args.base, token)
    if args.create:
        args.event, secret = create(api, args.create)
        api = Api(args.base, secret)
    elif not args.event:
        parser.error("give --event SLUG, or --create FOLDER")
    event = api.call("GET", f"events/{args.event}/")
    at = f"events/{args.event}"
    people = {p["id"]: p for p in api.every(f"{at}/participants/")}
    accepted = api.call("GET", f"{at}/requests/?status=accepted&page_size=1")["count"]
    print(
        f"{event['name']} ({event['start_date']} to {event['end_date']}): "
        f"{len(people)} participants, {accepted} accepted requests"
    )

    run_key = f"run-{uuid.uuid4()}"
    schedule = api.call("POST", f"{at}/schedules/run/", {"time_limit": args.time_limit}, run_key)
    if "percent" in schedule:  # 202, a task run: a solver worker solves; follow it to its end
        run = schedule
        while run["state"] not in ("done", "failed"):
            time.sleep(1)
            run = api.call("GET", f"{at}/tasks/{run['id']}/")
            print(f"  {run['phase'] or run['state']} {run['percent']}% {run['message']}")
        if run["state"] == "failed":
            raise SystemExit(f"the scheduler failed: {run['error']}")
        schedule = api.call("GET", f"{at}/schedules/{run['result']['schedule']}/")
    print(
        f"version {schedule['version']}: {schedule['meetings']} meetings, "
        f"solver {schedule['solver_status']}"
    )
    preview = api.call("GET", f"{at}/schedules/{schedule['id']}/preview/")
    print(f"  {preview['participants_met']} of {preview['participants']} people meet someone")
    diff = api.call("GET", f"{at}/schedules/{schedule['id']}/diff/")
    against = f"version {diff['against']}" if diff["against"] else "nothing published yet"
    print(
        f"  against {against}: {len(diff['added'])} added, {len(diff['removed'])} removed, "
        f"{len(diff['moved'])} moved, {diff['unchanged']} unchanged"
    )
    published = api.call(
        "POST", f"{at}/schedules/{schedule['id']}/publish/", None, f"publish-{schedule['id']}"
    )
    print(f"published version {published['version']}")

    for person in sorted(people.values(), key=lambda p: p["name"]):
        entries = api.call("GET", f"{at}/participants/{person['id']}/agenda/")
        print(f"{person['name']} ({person['organisation_name']}): {len(entries)} meetings")
        for entry in entries:
            partners = ", ".join(f"{p['name']} ({p['organisation']})" for p in entry["partners"])
            print(f"  {entry['start']}  {entry['table']:<8} {partners}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
