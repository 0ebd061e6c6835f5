"""Booking under concurrency: 50 clients accept and book at once into the same few slots.

The app runs as `clustermeet serve` in a subprocess on 127.0.0.1 against a database of its
own: an SQLite file, or (when DATABASE_URL names PostgreSQL, as in CI) a fresh database on
that server. Each client has its own logged-in session and its own HTTP connection. Ten
people each have five requests, and three slots × four tables hold twelve meetings, so most
clients are refused: each must get a sentence saying why, never a 5xx or a timeout, and the
database must hold exactly the meetings the clients were told were booked, with no person
and no table twice in one slot.

Run alone: `.venv/bin/python -m pytest tests/meetings/test_booking_concurrency.py -n 0`; it
prints the figures (clients, attempts, booked, refused, seconds).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[3]
CLIENTS = 50
HUBS = 10  # people with five requests each, more than the three slots they have
TABLES = 4


def build_world(clients: int) -> dict[str, Any]:
    """Run in the set-up subprocess: migrate, then the event, people, requests, sessions."""
    from datetime import date, timedelta

    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    from django.test import Client

    from clustermeet.events.scoping import all_events
    from tests.factories import (
        make_event,
        make_participant,
        make_request,
        make_schedule,
        make_session,
        make_table,
        make_user,
    )

    with all_events():
        start = date.today() + timedelta(days=30)
        event = make_event(
            slug="booking-rush",
            start_date=start,
            end_date=start,
            booking_mode="participants_book",
        )
        slots = list(make_session(event).slots.order_by("start"))
        for n in range(TABLES):
            make_table(event, f"T{n + 1:02}")
        make_schedule(event, state="published")
        hubs = [
            make_participant(event, user=make_user(first_name=f"Hub{n}", last_name="Test"))
            for n in range(HUBS)
        ]
        people = []
        for n in range(clients):
            person = make_participant(
                event, user=make_user(first_name=f"Client{n}", last_name="Test")
            )
            request = make_request(hubs[n % HUBS], person, status="pending")
            browser = Client()
            browser.force_login(person.user)
            people.append({"session": browser.cookies["sessionid"].value, "request": request.pk})
    return {"slug": event.slug, "slots": [s.pk for s in slots], "clients": people}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def database(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A database for the server alone: a fresh PostgreSQL database, or an SQLite file."""
    base = os.environ.get("DATABASE_URL", "")
    if not base.startswith(("postgres://", "postgresql://")):
        yield f"sqlite:///{tmp_path / 'booking.sqlite3'}"
        return
    import psycopg

    name = f"clustermeet_booking_{uuid.uuid4().hex[:10]}"
    parts = urlsplit(base)
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(base, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@dataclass
class Answers:
    booked: dict[int, int] = field(default_factory=dict)  # client → meeting
    refused: dict[int, list[str]] = field(default_factory=dict)  # client → sentences
    attempts: int = 0
    failures: list[str] = field(default_factory=list)  # 5xx, timeouts, anything unclear
    lock: threading.Lock = field(default_factory=threading.Lock)


class Browser:
    """One participant's own session, talking HTTP like a browser's fetch would."""

    def __init__(self, base: str, session: str) -> None:
        self.base, self.cookies = base, {"sessionid": session}

    def _send(self, path: str, data: dict[str, Any] | None = None) -> tuple[int, Any]:
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if data is not None:
            body = urlencode(data).encode()
            headers["X-CSRFToken"] = self.cookies.get("csrftoken", "")
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        call = urllib.request.Request(self.base + path, data=body, headers=headers)
        try:
            with urllib.request.urlopen(call, timeout=60) as response:
                status, raw, got = response.status, response.read(), response.headers
        except urllib.error.HTTPError as error:
            status, raw, got = error.code, error.read(), error.headers
        for header in got.get_all("Set-Cookie") or []:
            for key, morsel in SimpleCookie(header).items():
                self.cookies[key] = morsel.value
        is_json = got.get("Content-Type", "").startswith("application/json")
        return status, json.loads(raw) if is_json else raw.decode(errors="replace")

    def get(self, path: str) -> tuple[int, Any]:
        return self._send(path)

    def post(self, path: str, data: dict[str, Any]) -> tuple[int, Any]:
        return self._send(path, data)


def _client(
    n: int, base: str, world: dict[str, Any], start: threading.Barrier, answers: Answers
) -> None:
    me = world["clients"][n]
    browser = Browser(base, me["session"])
    try:
        status, _ = browser.get("/me/")  # the page sets the CSRF cookie, as a browser gets it
        if status != 200 or "csrftoken" not in browser.cookies:
            raise AssertionError(f"home page answered {status} without a CSRF cookie")
        start.wait(timeout=120)
        prefix = f"/events/{world['slug']}/requests/{me['request']}"
        status, body = browser.post(f"{prefix}/accept/", {})
        if status != 200:
            raise AssertionError(f"accept answered {status}: {body}")
        slots = world["slots"]
        reasons = []
        for k in range(len(slots)):  # start at a different slot, then try the others
            slot = slots[(n + k) % len(slots)]
            status, body = browser.post(f"{prefix}/book/", {"slot": slot})
            with answers.lock:
                answers.attempts += 1
            if status == 200 and body.get("ok"):
                with answers.lock:
                    answers.booked[n] = body["meeting"]
                return
            if not (400 <= status < 500 and isinstance(body, dict) and body.get("error")):
                raise AssertionError(f"book answered {status} without a sentence: {body}")
            reasons.append(body["error"])
        with answers.lock:
            answers.refused[n] = reasons
    except Exception as error:  # noqa: BLE001 - every unclear answer is reported, not raised
        with answers.lock:
            answers.failures.append(f"client {n}: {type(error).__name__}: {error}")


def _rows(database: str, sql: str) -> list[tuple[Any, ...]]:
    if database.startswith("sqlite:///"):
        import sqlite3

        with sqlite3.connect(database.removeprefix("sqlite:///")) as db:
            return list(db.execute(sql).fetchall())
    import psycopg

    with psycopg.connect(database) as db:
        return list(db.execute(sql).fetchall())


def test_booking_rush_fifty_clients_get_clear_answers_and_no_double_booking(
    database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    env = dict(
        os.environ,
        DATABASE_URL=database,
        CLUSTERMEET_DATA_DIR=str(tmp_path),
        DJANGO_SETTINGS_MODULE="clustermeet.site.settings",
        PYTHONPATH=str(ROOT),
    )
    made = subprocess.run(
        [sys.executable, __file__, "setup", str(CLIENTS)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert made.returncode == 0, made.stderr[-3000:]
    world = json.loads(made.stdout.strip().splitlines()[-1])

    port = _free_port()
    log = (tmp_path / "server.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "clustermeet.cli.main", "serve", "--port", str(port)],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                with urllib.request.urlopen(base + "/", timeout=5):
                    break
            except OSError:
                time.sleep(0.2)
        answers = Answers()
        start = threading.Barrier(CLIENTS + 1)
        threads = [
            threading.Thread(target=_client, args=(n, base, world, start, answers))
            for n in range(CLIENTS)
        ]
        for thread in threads:
            thread.start()
        start.wait(timeout=120)
        began = time.perf_counter()
        for thread in threads:
            thread.join(timeout=300)
        seconds = time.perf_counter() - began
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()

    server_log = (tmp_path / "server.log").read_text()
    assert answers.failures == [], "\n".join(answers.failures[:5]) + "\n" + server_log[-3000:]
    assert len(answers.booked) + len(answers.refused) == CLIENTS
    assert all(answers.refused.values())  # every refusal carried its sentences
    # At most one meeting per person per slot and per table per slot, among those that stand.
    assert (
        _rows(
            database,
            "SELECT participant_id, slot_id FROM meetings_seat WHERE stands "
            "GROUP BY participant_id, slot_id HAVING COUNT(*) > 1",
        )
        == []
    )
    assert (
        _rows(
            database,
            "SELECT table_id, slot_id FROM meetings_meeting WHERE stands "
            "GROUP BY table_id, slot_id HAVING COUNT(*) > 1",
        )
        == []
    )
    # Nothing lost, nothing extra: the meetings are exactly those the clients were told of.
    stored = {row[0] for row in _rows(database, "SELECT id FROM meetings_meeting WHERE stands")}
    assert stored == set(answers.booked.values())
    capacity = len(world["slots"]) * TABLES
    assert 0 < len(answers.booked) <= capacity
    vendor = "PostgreSQL" if database.startswith("postgres") else "SQLite"
    with capsys.disabled():
        print(
            f"\nbooking rush ({vendor}): clients={CLIENTS} attempts={answers.attempts} "
            f"booked={len(answers.booked)} refused={len(answers.refused)} "
            f"capacity={capacity} seconds={seconds:.2f}"
        )


if __name__ == "__main__" and sys.argv[1:2] == ["setup"]:
    print(json.dumps(build_world(int(sys.argv[2]))))
