"""Issue 10's whole path in a real Chromium, once in English and once in French.

Anna signs in, completes her profile, finds Ben in the directory and asks to meet with a
message; Ben accepts; the organiser runs the scheduler and publishes in the console; Anna sees
the meeting with its table on her agenda and subscribes to her calendar feed; the organiser
moves the meeting and the feed shows one entry with the new time and the same UID; after the
meeting both record what came of it, and neither sees the other's answer.

Selectors are structural (ids, names, values) so that the same steps run in every language;
the words a person reads are checked against the catalogue (`gettext` in that language).
Screenshots are kept in ARTEFACTS (the system's temporary folder) after the run.
"""

from __future__ import annotations

import re
import tempfile
import urllib.request
from datetime import time, timedelta
from pathlib import Path

import icalendar
import pytest
from django.db.models import F
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from clustermeet.events.domain.organisers import make_organiser
from clustermeet.events.models import Slot
from clustermeet.meetings.models import Meeting, Outcome, Request
from tests.browser import test_event_flow as flow
from tests.event_world import future_event, named
from tests.factories import make_organisation, make_session, make_table, make_user

pytestmark = flow.pytestmark
PASSWORD = "a long enough passphrase 42"
ARTEFACTS = Path(tempfile.gettempdir()) / "clustermeet-journey-artefacts"
# The NACE search runs in the person's language: the same code, found by its own words.
NACE_QUERY = {"en": "food products", "fr": "produits alimentaires"}


@pytest.fixture
def fair(transactional_db):  # type: ignore[no-untyped-def]
    event = future_event(request_quota=5, request_expiry_days=7)
    make_session(event, start_time=time(9, 0), end_time=time(10, 0))
    make_table(event, "T07")
    agri = make_organisation(event, name="Agri Cluster", country="FR", kind="cluster")
    ocean = make_organisation(event, name="Ocean Supercluster", country="CA", kind="cluster")
    anna = named(
        event,
        "Anna",
        organisation=agri,
        user=make_user("anna@agri.example", PASSWORD, first_name="Anna", last_name="Martin"),
    )
    ben = named(
        event,
        "Ben",
        organisation=ocean,
        job_title="Director",
        user=make_user("ben@ocean.example", PASSWORD, first_name="Ben", last_name="Tremblay"),
    )
    organiser = make_user("olga@ecc.example", PASSWORD, first_name="Olga", last_name="Org")
    make_organiser(event, organiser)
    return event, anna, ben


def _shot(tab, language: str, name: str) -> None:  # type: ignore[no-untyped-def]
    ARTEFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=str(ARTEFACTS / f"{language}-{name}.png"), full_page=True)


def _words(language: str, text: str) -> str:
    with translation.override(language):
        return translation.gettext(text)


def _sign_in(tab, base: str, email: str, language: str) -> None:  # type: ignore[no-untyped-def]
    tab.goto(f"{base}/login/")
    if language != "en":  # the switcher at the foot of every page
        tab.select_option("#language-choice", language)
        tab.click("#language button[type=submit]")
        tab.wait_for_selector(f"html[lang={language}]")
    flow.log_in(tab, base, email, PASSWORD)
    tab.wait_for_url(f"{base}/me/")
    assert tab.locator("html").get_attribute("lang") == language


def _submit(tab, form: str) -> None:  # type: ignore[no-untyped-def]
    tab.locator(f"main {form} button[type=submit]").first.click()


def _expect_percent(tab, percent: int) -> None:  # type: ignore[no-untyped-def]
    # expect() retries until the page the last click loaded shows it; a plain read can
    # still see the page before.
    expect(tab.locator("#completeness")).to_have_attribute("data-percent", str(percent))


def _feed(url: str) -> list[icalendar.Event]:
    with urllib.request.urlopen(url) as answer:  # a calendar app: no cookie, only the token
        return icalendar.Calendar.from_ical(answer.read()).walk("VEVENT")


def _complete_profile(page, base: str, slug: str, language: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{base}{reverse('portal:profile-step', args=[slug, 'organisation'])}")
    _expect_percent(page, 0)
    page.fill("#id_job_title", "Cluster manager")
    page.fill("#id_description", "Plant proteins and food processing from Brittany.")
    _submit(page, "form.wizard")
    page.check("input[value='Agri-food']")
    _submit(page, "form.wizard")
    page.fill("#id_q", NACE_QUERY[language])
    page.click("form[role=search] button")
    page.check("input[name=nace_codes][value='10.89']")
    _submit(page, "form[method=post]:has(input[name=nace_codes])")
    page.check("input[value='Advanced materials']")
    _submit(page, "form.wizard")
    page.check("input[name=languages][value='fr']")
    _submit(page, "form.wizard")
    page.select_option("#id_target_countries", ["CA"])
    _submit(page, "form.wizard")
    page.select_option("#id_kind", "TR")
    page.fill("#id_title", "Cold-chain sensors for seafood")
    _submit(page, "form:has(#id_title)")
    _expect_percent(page, 100)
    _shot(page, language, "01-profile-complete")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_from_sign_in_to_a_published_agenda_and_what_came_of_the_meeting(
    live_server, page, fair, language
):
    event, anna, ben = fair
    base, slug = live_server.url, event.slug
    _sign_in(page, base, anna.user.email, language)
    _complete_profile(page, base, slug, language)

    # The directory: a filter finds Ben; his page offers a request, with the quota left.
    page.click(f"header nav a[href='{reverse('portal:participants', args=[slug])}']")
    page.select_option("#id_country", "CA")
    _submit(page, "form.filters")
    expect(page.locator("ul.directory h2 a")).to_have_text(["Ben Tremblay"])
    page.click("ul.directory h2 a")
    page.click(f"a[href='{reverse('portal:new-request', args=[slug, ben.pk])}']")
    page.fill("#id_message", "Could your members test our seafood cold chain?")
    send = page.locator("main form:has(#id_message) button[type=submit]")
    assert send.inner_text() == _words(language, "Send request")
    _shot(page, language, "02-request-form")
    send.click()
    page.wait_for_url(f"{base}{reverse('portal:requests', args=[slug])}")
    request = Request.objects.get()
    assert (request.status, request.message) == (
        "pending",
        "Could your members test our seafood cold chain?",
    )

    # Ben accepts, in his own browser.
    ben_tab = page.context.browser.new_context().new_page()
    _sign_in(ben_tab, base, ben.user.email, language)
    ben_tab.goto(f"{base}{reverse('portal:requests', args=[slug])}")
    received = ben_tab.locator(f"[data-request='{request.pk}']")
    assert "Could your members test our seafood cold chain?" in received.inner_text()
    received.locator("button[name=answer][value=accept]").click()
    ben_tab.wait_for_selector("p.message")
    assert Request.objects.get().status == "accepted"
    _shot(ben_tab, language, "03-accepted")

    # The organiser schedules and publishes in the console.
    console = page.context.browser.new_context().new_page()
    _sign_in(console, base, "olga@ecc.example", "en")
    console.goto(f"{base}{reverse('orga:schedules', args=[slug])}")
    console.fill("#id_time_limit", "10")
    console.click("button:has-text('Run scheduler')")
    console.wait_for_url(re.compile(r".*/schedules/1/$"), timeout=120_000)
    console.click("button:has-text('Publish version 1')")
    console.wait_for_selector("p.message")
    meeting = Meeting.objects.get(schedule__version=1)
    assert meeting.table.name == "T07"

    # Anna's agenda: the meeting, its table, and her calendar feed.
    page.goto(f"{base}{reverse('portal:agenda', args=[slug])}")
    entry = page.locator(f"#meeting-{meeting.pk}")
    assert entry.locator(".table-name").inner_text() == "T07"
    assert "Ben Tremblay" in entry.inner_text()
    page.locator("#calendar form button[type=submit]").click()
    feed_url = page.locator("#calendar-url").input_value()
    _shot(page, language, "04-agenda-with-calendar-link")
    (before,) = _feed(feed_url)

    # The organiser moves the meeting to another slot: the feed keeps one entry, same UID.
    last = Slot.objects.filter(event=event).exclude(pk=meeting.slot_id).order_by("start").first()
    console.goto(f"{base}{reverse('orga:move', args=[slug, meeting.pk])}")
    console.select_option("#id_slot", str(last.pk))
    console.select_option("#id_table", str(meeting.table_id))
    console.locator("main form button[type=submit]").first.click()  # check the move first
    console.locator("main form:has(input[type=hidden][name=slot]) button[type=submit]").click()
    console.wait_for_selector("p.message")
    assert Meeting.objects.get(pk=meeting.pk).slot_id == last.pk
    (after,) = _feed(feed_url)
    assert str(after["UID"]) == str(before["UID"])
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])
    assert after.decoded("DTSTART") == last.start
    assert after.decoded("DTSTART") != before.decoded("DTSTART")

    # The event takes place; afterwards each side says what came of it.
    Slot.objects.filter(event=event).update(start=F("start") - timedelta(days=60))
    answers = {anna: "cooperation_possible", ben: "agreement"}
    for tab, person in ((page, anna), (ben_tab, ben)):
        tab.goto(f"{base}{reverse('portal:agenda', args=[slug])}")
        report = tab.locator(f"#meeting-{meeting.pk} details.report")
        if report.get_attribute("open") is None:  # closed once the other side said "held"
            report.locator("summary").click()
        form = report.locator("form")
        form.locator("input[name=attendance][value=held]").check()
        form.locator("select[name=kind]").select_option(answers[person])
        form.locator("textarea[name=comment]").fill(f"{person.user.first_name}'s note")
        form.locator("button[type=submit]").click()
        tab.wait_for_selector("p.message")
    _shot(page, language, "05-after-the-meeting")
    recorded = {o.participant_id: o.kind for o in Outcome.objects.filter(meeting=meeting)}
    assert recorded == {anna.pk: "cooperation_possible", ben.pk: "agreement"}
    # Anna reads her own answer, never Ben's (nor his comment).
    page.goto(f"{base}{reverse('portal:agenda', args=[slug])}")
    mine = page.locator(f"#meeting-{meeting.pk}")
    assert mine.locator("select[name=kind]").input_value() == "cooperation_possible"
    assert mine.locator("textarea[name=comment]").input_value() == "Anna's note"
    assert "Ben's note" not in mine.text_content()
