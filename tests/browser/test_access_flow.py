"""A newcomer's way in, in a real Chromium: register for an open event, wait for the
organiser's approval, sign in with a link read from the e-mail, switch the pages to French.

Screenshots go to CLUSTERMEET_ACCESS_SHOTS, or a temporary folder."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from django.core import mail
from playwright.sync_api import expect

from clustermeet.events.domain.organisers import make_organiser
from tests.browser.test_event_flow import page, pytestmark  # noqa: F401
from tests.factories import make_event, make_user

ORGANISER_PASSWORD = "organiser password 2019"
TERMS = "Your profile is shown to the other participants of Toronto 2019 until 31 July 2019."
LINK = re.compile(r"(http://\S+/login/link/[^/\s]+/)")


@pytest.fixture
def shots(tmp_path):
    folder = Path(os.environ.get("CLUSTERMEET_ACCESS_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return lambda tab, name: tab.screenshot(path=str(folder / f"{name}.png"), full_page=True)


def _sign_out(tab):
    tab.get_by_role("button", name=re.compile("^Sign out")).click()


def test_newcomer_registers_is_approved_signs_in_by_link_and_reads_french(
    live_server,
    page,  # noqa: F811  # the Chromium page fixture of test_event_flow
    transactional_db,
    shots,
    settings,
):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    event = make_event(
        name="Toronto 2019",
        is_public=True,
        registration_open=True,
        registration_needs_approval=True,
        privacy_terms=TERMS,
    )
    olga = make_user("olga@ecosystem.example", ORGANISER_PASSWORD, first_name="Olga")
    make_organiser(event, olga)
    base = live_server.url

    # 1. The newcomer registers from the event's page.
    page.goto(f"{base}/events/{event.slug}/")
    page.get_by_role("link", name="Register for this event").click()
    assert TERMS in page.locator("#privacy-terms").inner_text()
    page.get_by_label("First name").fill("Anna")
    page.get_by_label("Last name").fill("Lefèvre")
    page.get_by_label("E-mail").fill("anna@vitagora.example")
    page.get_by_label("Password").fill("a long walk by the lake")
    page.get_by_label("Organisation", exact=True).fill("Vitagora")
    page.get_by_label("Country of the organisation").select_option("FR")
    page.get_by_label("Type of organisation").select_option("cluster")
    page.get_by_role("button", name="Register", exact=True).click()
    # Without consent the form says what is missing, and keeps what was typed.
    assert "Tick the box to agree to the privacy terms" in page.locator("[role=alert]").inner_text()
    page.get_by_label("Password").fill("a long walk by the lake")
    page.get_by_label("I agree to the privacy terms above").check()
    page.get_by_role("button", name="Register", exact=True).click()
    expect(page.locator('[data-registration="pending"]')).to_have_count(1)
    shots(page, "access-1-registration-pending")
    _sign_out(page)

    # 2. The organiser approves the registration in the console.
    page.goto(f"{base}/login/")
    page.get_by_label("E-mail").first.fill(olga.email)
    page.get_by_label("Password", exact=True).fill(ORGANISER_PASSWORD)
    page.get_by_role("button", name="Sign in", exact=True).click()
    page.wait_for_url(f"{base}/me/")
    page.goto(f"{base}/orga/{event.slug}/")
    page.get_by_role("link", name="Registrations").click()
    row = page.locator("tr", has_text="Anna Lefèvre")
    row.get_by_role("button", name="Approve").click()
    assert "Anna Lefèvre is approved and told so." in page.locator("p.message").inner_text()
    shots(page, "access-2-organiser-approved")
    _sign_out(page)

    # 3. The newcomer asks for a sign-in link and follows it from the e-mail.
    page.goto(f"{base}/login/")
    page.locator("#id_link_email").fill("anna@vitagora.example")
    page.get_by_role("button", name="Send me a sign-in link").click()
    assert "a sign-in link is on its way" in page.locator("[role=status]").inner_text()
    sent = [m for m in mail.outbox if m.subject == "Your sign-in link for clustermeet"]
    assert [m.to for m in sent] == [["anna@vitagora.example"]]
    approved = [m for m in mail.outbox if "is approved" in m.subject]
    assert [m.to for m in approved] == [["anna@vitagora.example"]]
    link = LINK.search(sent[0].body)
    assert link is not None, sent[0].body
    page.goto(link.group(1))
    page.get_by_role("button", name="Sign in", exact=True).click()
    page.wait_for_url(f"{base}/me/")
    assert page.locator("h2", has_text="Toronto 2019").count() == 1

    # 4. The pages in French, from the switcher at the foot of every page.
    page.get_by_label("Language", exact=True).select_option("fr")
    page.get_by_role("button", name="Change language").click()
    page.wait_for_url(f"{base}/me/")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("h1").inner_text() == "Mes événements"
    page.goto(f"{base}/")
    assert "5 juin 2019 – 7 juin 2019" in page.locator("article").inner_text()
    shots(page, "access-3-signed-in-in-french")
    # The link works once.
    page.goto(link.group(1))
    assert "déjà servi" in page.locator("[data-refusal]").inner_text()
