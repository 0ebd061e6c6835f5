"""A participant's agenda in a real Chromium: both clocks and the table, the PDF, the
calendar link (copied, then fetched without a session), and the report after the meeting.

Screenshots are kept in ARTEFACTS (the system's temporary folder) after the run."""

from __future__ import annotations

import io
import tempfile
import urllib.request
from pathlib import Path

import icalendar
import pypdfium2
import pytest

from clustermeet.meetings.models import Outcome
from tests.browser import test_event_flow as flow
from tests.portal.agenda.agenda_world import PASSWORD, build_agenda

pytestmark = flow.pytestmark
log_in = flow.log_in  # the Chromium `page` fixture comes from tests/browser/conftest.py

ARTEFACTS = Path(tempfile.gettempdir()) / "clustermeet-agenda-artefacts"


@pytest.fixture
def shots():
    ARTEFACTS.mkdir(exist_ok=True)
    return lambda tab, name: tab.screenshot(path=str(ARTEFACTS / f"{name}.png"), full_page=True)


def test_participant_uses_agenda_pdf_calendar_and_reports_after_the_meeting(
    live_server, page, transactional_db, shots
):
    world = build_agenda(2)
    base = live_server.url
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base)
    log_in(page, base, world.me.user.email, PASSWORD)
    page.wait_for_url(f"{base}/me/")
    page.click("text=Open my agenda")
    page.wait_for_url(f"{base}/events/{world.event.slug}/agenda/")

    first = page.locator(f"#meeting-{world.meetings[0].pk}")
    assert first.locator(".table-name").inner_text() == "T01"
    assert first.locator(".event-time").inner_text() == "09:00–09:20"
    assert first.locator(".own-time").inner_text() == "Wed 5 Jun, 16:00–16:20"
    second = page.locator(f"#meeting-{world.meetings[1].pk}")
    assert second.locator(".room-link").get_attribute("href") == "https://meet.example.org/room-a"
    shots(page, "agenda-page")

    with page.expect_download() as download:
        page.click("text=Download PDF")
    pdf = pypdfium2.PdfDocument(io.BytesIO(Path(download.value.path()).read_bytes()))
    assert len(pdf) == 2  # two days with meetings
    assert "Partner0 Person" in pdf[0].get_textpage().get_text_range()

    page.click("text=Make my calendar link")
    page.wait_for_selector("#calendar-url")
    page.click("#copy-calendar-url")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == page.locator("#calendar-url").input_value()
    assert copied.startswith(f"{base}/events/{world.event.slug}/calendar/")
    shots(page, "agenda-calendar-link")
    with urllib.request.urlopen(copied) as answer:  # a calendar app: no cookie at all
        calendar = icalendar.Calendar.from_ical(answer.read())
    assert len(calendar.walk("VEVENT")) == 2 and len(calendar.walk("VTIMEZONE")) == 1

    form = first.locator("form")
    form.get_by_label("Yes, we met").check()
    form.get_by_label("What did it lead to?").select_option("agreement")
    form.get_by_label("Comment (only you and the organisers see it)").fill("MoU in autumn")
    form.get_by_role("button", name="Save my report").click()
    page.wait_for_selector("p.message")
    assert "your report on this meeting is saved" in page.locator("p.message").inner_text()
    assert "Your report: Agreement" in first.inner_text()
    shots(page, "agenda-after-report")
    outcome = Outcome.objects.get(meeting=world.meetings[0])
    assert (outcome.participant_id, outcome.kind, outcome.comment) == (
        world.me.pk,
        "agreement",
        "MoU in autumn",
    )
