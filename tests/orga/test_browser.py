"""The organiser's day in a real Chromium (Playwright) against a live server and the demo.

Screenshots go to a temporary folder, or to CLUSTERMEET_GUIDE_SHOTS (the organiser's
guide's pictures are taken with CLUSTERMEET_GUIDE_SHOTS=docs/organiser-guide)."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pypdfium2
import pytest

from clustermeet.demo.load import ORGANISER_PASSWORD, load_demo
from clustermeet.meetings.models import Meeting, Schedule
from tests.browser.test_event_flow import log_in, pytestmark  # noqa: F401

SLUG = "eu-canada-2019"


@pytest.fixture
def shots(tmp_path):
    folder = Path(os.environ.get("CLUSTERMEET_GUIDE_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return lambda tab, name: tab.screenshot(path=str(folder / f"{name}.png"), full_page=False)


def _message(tab):
    return tab.locator("p.message").first.inner_text()


def test_organiser_schedules_locks_publishes_and_replans_a_late_change(
    live_server, page, transactional_db, shots
):
    event, logins = load_demo()
    base = f"{live_server.url}/orga/{SLUG}"
    log_in(page, live_server.url, logins.organiser, ORGANISER_PASSWORD)
    page.wait_for_url(f"{live_server.url}/me/")
    page.click(".card a:has-text('organiser console')")
    page.wait_for_url(f"{base}/")
    assert page.locator('[data-figure="registered"] .value').inner_text() == str(
        event.participants.count()
    )
    shots(page, "dashboard")

    page.click("nav.console a:has-text('Scheduling')")
    page.fill("#id_time_limit", "10")
    page.click("button:has-text('Run scheduler')")
    page.wait_for_url(re.compile(r".*/schedules/1/$"), timeout=120_000)
    assert _message(page).startswith("Scheduled. Version 1: ")
    assert page.locator("svg[role=img] rect").count() >= 2
    shots(page, "preview")

    first = page.locator("table.meetings tbody tr").first
    meeting_id = int(first.get_attribute("data-meeting"))
    first.locator("button:has-text('Lock')").click()
    assert Meeting.objects.get(pk=meeting_id).locked is True

    page.click("button:has-text('Publish version 1')")
    assert _message(page).startswith("Published version 1: ")
    assert Schedule.objects.get(event=event, version=1).state == "published"

    # A participant of some other meeting leaves from the middle of the event on.
    other = (
        Meeting.objects.filter(schedule__version=1, schedule__event=event)
        .exclude(pk=meeting_id)
        .exclude(seats__participant__in=Meeting.objects.get(pk=meeting_id).participants.all())
    )
    leaving = other.order_by("-slot__start").first().seats.first().participant
    slots = list(event.slots.order_by("start"))
    page.goto(f"{base}/day/late-change/")
    page.select_option("#id_participant", str(leaving.pk))
    page.select_option("#id_from_slot", str(slots[len(slots) // 2].pk))
    shots(page, "late-change")
    page.click("button:has-text('Record and re-plan')")
    page.wait_for_url(re.compile(r".*/schedules/2/$"), timeout=120_000)
    assert _message(page).startswith("Re-planned in ")
    changes = page.locator("[data-change]")
    assert changes.count() >= 1
    for text in changes.all_inner_texts():  # only the leaving person's meetings changed
        assert leaving.user.display_name in text
    shots(page, "replan-diff")

    response = page.request.get(f"{base}/day/plan.pdf")
    assert response.headers["content-type"] == "application/pdf"
    image = pypdfium2.PdfDocument(io.BytesIO(response.body()))[0].render().to_pil()
    assert sum(image.convert("L").histogram()[:128]) > 1000
    page.goto(f"{base}/day/plan/")
    shots(page, "table-plan")


def test_organiser_adds_a_walk_in_and_books_a_late_request(
    live_server, page, transactional_db, shots
):
    from clustermeet.events.domain.organisers import make_organiser
    from clustermeet.profiles.models import Participant
    from tests.factories import make_user
    from tests.orga.day_world import build_day

    day = build_day()
    organiser = make_user(
        email="door@example.org", password="door-keeper-2026", first_name="Dora", last_name="Door"
    )
    make_organiser(day.event, organiser)
    base = f"{live_server.url}/orga/{day.event.slug}"
    log_in(page, live_server.url, "door@example.org", "door-keeper-2026")
    page.wait_for_url(f"{live_server.url}/me/")
    page.goto(f"{base}/")
    page.click("nav.console a:has-text('Walk-in')")
    page.fill("#id_first_name", "Wanda")
    page.fill("#id_last_name", "Walker")
    page.fill("#id_email", "wanda@example.org")
    page.fill("#id_organisation", "Late Cluster")
    page.fill("#id_country", "CA")
    shots(page, "walk-in")
    page.click("button:has-text('Add and check in')")
    page.wait_for_url(re.compile(r".*/day/late-request/\?first=\d+$"))
    assert "Wanda Walker (Late Cluster) is registered and checked in" in _message(page)
    wanda = Participant.objects.get(user__email="wanda@example.org")
    assert page.locator("#id_first").input_value() == str(wanda.pk)
    page.select_option("#id_second", str(day.people[1].pk))
    page.click("button:has-text('Show free places')")
    rows = page.locator("table.free-places tbody tr[data-slot]")
    assert rows.count() >= 1
    slot, table = rows.first.get_attribute("data-slot"), rows.first.get_attribute("data-table")
    shots(page, "late-request")
    rows.first.locator("button:has-text('Book')").click()
    page.wait_for_url(re.compile(r".*/day/late-request/\?first=\d+&second=\d+$"))
    assert _message(page).startswith("Booked: Wanda Walker (Late Cluster) and ")
    meeting = Meeting.objects.get(schedule=day.published, slot_id=slot, table_id=table)
    assert {s.participant_id for s in meeting.seats.all()} == {wanda.pk, day.people[1].pk}
    assert page.locator(f'tr[data-slot="{slot}"][data-table="{table}"]').count() == 0
    # The log shows what was done on their behalf, highlighted.
    page.goto(f"{base}/log/?behalf=1")
    behalf = page.locator("table.log tr.on-behalf")
    assert behalf.count() == 3  # Wanda's request sent, Ben's acceptance, the booking
    assert "Wanda Walker" in behalf.all_inner_texts()[-1]
    shots(page, "log")
