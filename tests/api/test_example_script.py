"""docs/api-example.py, the organiser's script, run as a program against a live server."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from clustermeet.events.models import Event
from clustermeet.meetings.enums import ScheduleState
from clustermeet.meetings.models import Schedule

SCRIPT = Path(__file__).resolve().parents[2] / "docs" / "api-example.py"


def _run(world, live_server, token):
    env = {**os.environ, "CLUSTERMEET_TOKEN": token}
    return subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            "--base",
            live_server.url,
            "--event",
            world.event.slug,
            "--time-limit",
            "5",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


def test_example_script_schedules_publishes_and_prints_agendas(world, live_server):
    done = _run(world, live_server, world.tokens["organiser"])
    assert done.returncode == 0, done.stderr
    published = Schedule.objects.get(event=world.event, state=ScheduleState.PUBLISHED)
    lines = done.stdout.splitlines()
    assert lines[0] == (
        f"{world.event.name} (2019-06-05 to 2019-06-07): 3 participants, 1 accepted requests"
    )
    assert f"published version {published.version}" in lines
    assert not [line for line in lines if line.startswith("  done")]  # 201: no run to follow
    a_line = f"{world.a.user.display_name} ({world.a.organisation.name}): 1 meetings"
    c_line = f"{world.c.user.display_name} ({world.c.organisation.name}): 0 meetings"
    assert a_line in lines and c_line in lines
    partner = lines[lines.index(a_line) + 1]
    assert partner.endswith(f"{world.b.user.display_name} ({world.b.organisation.name})")


def test_example_script_with_a_participants_token_stops_with_the_apis_sentence(world, live_server):
    done = _run(world, live_server, world.tokens["a"])
    assert done.returncode == 1
    assert done.stderr.strip().endswith(
        f"403 Only the organisers of '{world.event.name}' may do this."
    )
    assert not Schedule.objects.filter(event=world.event).exists()


@pytest.mark.slow
@pytest.mark.celery
def test_example_script_follows_the_run_a_solver_worker_does(
    world, live_server, settings, tmp_path
):
    """With a broker the script gets 202, follows tasks/<id>/ while a real Celery worker
    (another process) solves, then publishes as before."""
    from tests.tasks.test_worker import start_worker, stop_worker

    broker = "redis://127.0.0.1:6379/11"  # this test's own: see start_worker
    process, log = start_worker(tmp_path, "solver", broker=broker)
    settings.CELERY_BROKER_URL = broker
    try:
        done = _run(world, live_server, world.tokens["organiser"])
    finally:
        stop_worker(process)
    assert done.returncode == 0, done.stderr + log.read_text()[-2000:]
    assert "  done 100% " in done.stdout
    published = Schedule.objects.get(event=world.event, state=ScheduleState.PUBLISHED)
    assert f"published version {published.version}" in done.stdout.splitlines()
    assert "clustermeet.meetings.schedule_event" in log.read_text()


SAMPLES = SCRIPT.parent / "api-example"


def test_example_script_creates_imports_schedules_and_prints_agendas(world, live_server):
    """--create: the event, its session and tables, the import and the requests, all over
    the API with the organiser token of another event; then run, publish and agendas."""
    env = {**os.environ, "CLUSTERMEET_TOKEN": world.tokens["organiser"]}
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--base", live_server.url, "--create", str(SAMPLES)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[:2] == [
        "created Water Innovation Days 2027 at /water-days-2027/",
        "imported: organisations: 3 created, 0 updated; participants: 4 created, 0 updated; "
        "items: 2 created, 0 updated; 4 new accounts",
    ]
    assert lines[2] == (
        "Water Innovation Days 2027 (2027-03-10 to 2027-03-10): 4 participants, 3 accepted requests"
    )
    event = Event.objects.get(slug="water-days-2027")
    assert list(event.organisers.all()) == [world.organiser]
    published = Schedule.objects.get(event=event, state=ScheduleState.PUBLISHED)
    assert f"published version {published.version}" in lines
    meetings = {
        "Léa Martin (Hydro Cluster Rhône)": ["Tom Nguyen (AquaSense)", "Raj Patel (AquaSense)"],
        "Tom Nguyen (AquaSense)": ["Léa Martin (Hydro Cluster Rhône)", "Ines Vogel (Blue Filters)"],
        "Ines Vogel (Blue Filters)": ["Tom Nguyen (AquaSense)"],
        "Raj Patel (AquaSense)": ["Léa Martin (Hydro Cluster Rhône)"],
    }
    for person, partners in meetings.items():
        at = lines.index(f"{person}: {len(partners)} meetings")
        entries = lines[at + 1 : at + 1 + len(partners)]
        assert sorted(e.split(maxsplit=2)[2] for e in entries) == sorted(partners)
