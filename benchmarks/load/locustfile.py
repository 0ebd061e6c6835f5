"""Simulated participants: each takes one participant's API token and, between pauses,
reads their agenda, recommendations and pending requests, sends requests and answers the
ones they received. Names group the answers by endpoint kind ("read: …", "write: …").

A 400 answer that carries the verb's sentence (already asked, quota reached, already
answered) is the right answer to that request and counts as a success; anything else that
is not 2xx (a 5xx, 401/403/404, 409, 429, a timeout, a dropped connection) is an error."""

from __future__ import annotations

import itertools
import json
import os
import random
import uuid
from pathlib import Path
from typing import Any

from locust import HttpUser, between, task

WORLD = json.loads(Path(os.environ["CLUSTERMEET_LOAD_WORLD"]).read_text())
_next = itertools.count()


class Participant(HttpUser):
    wait_time = between(2, 8)

    def on_start(self) -> None:
        me = WORLD["people"][next(_next) % len(WORLD["people"])]
        self.me = me["id"]
        self.base = f"/api/v1/events/{WORLD['slug']}"
        self.client.headers["Authorization"] = f"Bearer {me['token']}"
        self.client.headers["Accept"] = "application/json"
        self.candidates: list[int] = []
        self.received: list[int] = []

    def _get(self, path: str, name: str) -> Any:
        with self.client.get(self.base + path, name=name, catch_response=True) as answer:
            if answer.status_code != 200:
                answer.failure(f"{answer.status_code}: {answer.error or answer.text[:200]}")
                return None
            return answer.json()

    def _post(self, path: str, body: dict[str, Any], name: str) -> None:
        headers = {"Idempotency-Key": uuid.uuid4().hex}
        with self.client.post(
            self.base + path, json=body, headers=headers, name=name, catch_response=True
        ) as answer:
            refused = answer.status_code == 400 and "detail" in answer.text
            if answer.status_code in (200, 201) or refused:
                answer.success()
            else:
                answer.failure(f"{answer.status_code}: {answer.error or answer.text[:200]}")

    @task(4)
    def agenda(self) -> None:
        self._get(f"/participants/{self.me}/agenda/", "read: agenda")

    @task(3)
    def recommendations(self) -> None:
        rows = self._get(f"/participants/{self.me}/recommendations/", "read: recommendations")
        if rows:
            self.candidates = [row["candidate"] for row in rows]

    @task(2)
    def pending(self) -> None:
        page = self._get(f"/requests/?status=pending&requested={self.me}", "read: requests")
        if page:
            self.received = [row["id"] for row in page["results"]]

    @task(1)
    def send(self) -> None:
        target = random.choice(self.candidates or WORLD["everyone"])
        if target != self.me:
            self._post("/requests/", {"requested": target}, "write: send request")

    @task(1)
    def answer(self) -> None:
        if self.received:
            pk = self.received.pop()
            choice = random.choice(["accept", "accept", "decline"])
            self._post(f"/requests/{pk}/respond/", {"answer": choice}, "write: answer request")
