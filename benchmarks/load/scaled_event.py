"""The demo event scaled to N participants: the fixture's people, items and requests copied
(copy k's e-mail is name+k@domain, its requests stay among copy k), tables copied alongside.

Run in the benchmark's own database with the production settings (run.py does it): it
imports the scaled event, schedules and publishes it, computes the recommendations and
writes one API token per simulated participant to the JSON file given."""

from __future__ import annotations

import copy
import json
import math
import sys
import time
from typing import Any

PEOPLE = 1000
SIMULATED = 500


def _copied_email(email: str, k: int) -> str:
    if k == 0:
        return email
    name, _, domain = email.partition("@")
    return f"{name}+{k}@{domain}"


def scaled(data: dict[str, Any], people: int) -> dict[str, Any]:
    """The fixture with its participants copied until there are `people` of them."""
    out = copy.deepcopy(data)
    base = data["participants"]
    copies = math.ceil(people / len(base))
    organisers = {u["email"] for u in data["users"]} - {p["email"] for p in base}
    users = {u["email"]: u for u in data["users"]}
    out["participants"], out["requests"], out["tables"] = [], [], []
    out["users"] = [users[e] for e in sorted(organisers)]
    kept: set[str] = set()
    for k in range(copies):
        for person in base:
            if len(out["participants"]) == people:
                break
            email = _copied_email(person["email"], k)
            out["participants"].append({**copy.deepcopy(person), "email": email})
            out["users"].append({**users[person["email"]], "email": email})
            kept.add(email)
        for request in data["requests"]:
            a = _copied_email(request["requester"], k)
            b = _copied_email(request["requested"], k)
            if a in kept and b in kept:
                out["requests"].append({**request, "requester": a, "requested": b})
        for table in data["tables"]:
            out["tables"].append({**table, "name": f"{table['name']}-{k + 1}"})
    return out


def main(tokens_path: str) -> None:
    from clustermeet.cli import django as cm_django

    cm_django.setup()  # migrates the benchmark's database
    from clustermeet.api.domain.tokens import create_api_token
    from clustermeet.demo.load import fixture_data
    from clustermeet.exchange.event_import import import_event
    from clustermeet.matchmaking.domain.recommend import compute_recommendations
    from clustermeet.meetings.domain.publishing import publish_schedule
    from clustermeet.meetings.domain.scheduling import schedule_event

    began = time.perf_counter()
    event = import_event(scaled(fixture_data(), PEOPLE), acting_user=None, replace=True)
    print(f"imported {event.participants.count()} participants in "
          f"{time.perf_counter() - began:.0f} s", flush=True)  # fmt: skip
    step = time.perf_counter()
    schedule = schedule_event(event, acting_user=None, time_limit=60)
    publish_schedule(schedule, acting_user=None)
    took = time.perf_counter() - step
    meetings = schedule.meetings.count()
    print(f"scheduled and published {meetings} meetings ({schedule.solver_status}) in {took:.0f} s")
    step = time.perf_counter()
    compute_recommendations(event, acting_user=None, encoder="tfidf")
    print(f"recommendations in {time.perf_counter() - step:.0f} s", flush=True)
    people = list(event.participants.select_related("user").order_by("pk")[:SIMULATED])
    tokens = [
        {"id": p.pk, "token": create_api_token(event, p.user, acting_user=None)[1]} for p in people
    ]
    everyone = list(event.participants.values_list("pk", flat=True))
    with open(tokens_path, "w") as out:
        json.dump({"slug": event.slug, "people": tokens, "everyone": everyone}, out)


if __name__ == "__main__":
    main(sys.argv[1])
