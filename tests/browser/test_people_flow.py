"""Participant A completes the profile wizard, finds B in the directory with a filter and asks
to meet with a message; B signs in and accepts. Real Chromium, live server.

Screenshots are kept in CLUSTERMEET_SHOTS, or in the temporary folder's
`clustermeet-people-shots` (printed at the end), so they outlive the test."""

from __future__ import annotations

import os
import tempfile
from datetime import time
from pathlib import Path

import pytest
from playwright.sync_api import expect

from clustermeet.events.models import Delegation
from clustermeet.meetings.models import Request
from tests.browser.test_event_flow import log_in, pytestmark  # noqa: F401
from tests.event_world import future_event, named
from tests.factories import make_organisation, make_session, make_user

PASSWORD = "a long enough passphrase 42"
SHOTS = Path(
    os.environ.get("CLUSTERMEET_SHOTS") or Path(tempfile.gettempdir()) / "clustermeet-people-shots"
)


@pytest.fixture
def fair(transactional_db):  # type: ignore[no-untyped-def]
    event = future_event(request_quota=5, request_expiry_days=7)
    make_session(event, start_time=time(9, 0), end_time=time(10, 0))
    eu = Delegation.objects.create(event=event, name="EU delegation")
    canada = Delegation.objects.create(event=event, name="Canada")
    agri = make_organisation(event, name="Agri Cluster", country="FR", kind="cluster")
    ocean = make_organisation(
        event, name="Ocean Supercluster", country="CA", kind="cluster", description="Ocean tech."
    )
    robots = make_organisation(event, name="Robot Works", country="DE", kind="company")
    anna = named(
        event,
        "Anna",
        organisation=agri,
        delegation=eu,
        user=make_user("anna@agri.example", PASSWORD, first_name="Anna", last_name="Martin"),
    )
    ben = named(
        event,
        "Ben",
        organisation=ocean,
        delegation=canada,
        job_title="Director",
        user=make_user("ben@ocean.example", PASSWORD, first_name="Ben", last_name="Tremblay"),
    )
    named(event, "Dora", organisation=robots, delegation=eu)
    return event, anna, ben


def shot(page, name):  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def expect_meter(page, percent: int) -> None:  # type: ignore[no-untyped-def]
    # expect() retries until the page that the last click loaded shows it: a plain read
    # right after a click can still see the page before.
    expect(page.locator("#completeness")).to_have_attribute("data-percent", str(percent))


def test_profile_wizard_directory_request_and_acceptance(live_server, page, fair):
    event, anna, ben = fair
    base = live_server.url
    log_in(page, base, "anna@agri.example", PASSWORD)
    page.wait_for_url(f"{base}/me/")
    page.click("nav.event-links a:has-text('My profile')")
    expect_meter(page, 0)
    page.click("a:has-text('Start with the organisation')")

    page.fill("#id_job_title", "Cluster manager")
    page.fill("#id_description", "Plant proteins and food processing from Brittany.")
    page.fill("#id_website", "https://agri.example.org")
    shot(page, "01-wizard-organisation")
    page.click("button:has-text('Save and continue')")
    page.check("input[value='Agri-food']")
    page.click("button:has-text('Save and continue')")
    page.fill("#id_q", "food products")
    page.click("form[role=search] button")
    page.check("input[name=nace_codes][value='10.89']")
    shot(page, "02-wizard-nace-search")
    page.click("button:has-text('Save and continue')")
    expect(page.locator("input[name=nace_codes][value='10.89']")).to_have_count(0)  # moved on
    page.check("input[value='Advanced materials']")
    page.click("button:has-text('Save and continue')")
    page.check("input[name=languages][value='fr']")
    page.check("input[name=languages][value='en']")
    page.click("button:has-text('Save and continue')")
    page.select_option("#id_target_countries", ["CA"])
    page.click("button:has-text('Save and continue')")
    expect_meter(page, 83)
    page.select_option("#id_kind", "TR")
    page.fill("#id_title", "Cold-chain sensors for seafood")
    page.fill("#id_keywords", "sensors, cold chain")
    page.click("button:has-text('Add')")
    expect_meter(page, 100)
    expect(page.locator("text=Your profile is 100% complete")).to_have_count(1)
    shot(page, "03-wizard-complete")

    page.click("header nav a:has-text('Participants')")
    page.select_option("#id_country", "CA")
    page.click("form.filters button:has-text('Search')")
    expect(page.locator("ul.directory h2 a")).to_have_text(["Ben Tremblay"])
    shot(page, "04-directory-filtered")
    page.click("ul.directory a:has-text('Ben Tremblay')")
    expect(page.locator("text=Contact details show once you have agreed to meet.")).to_have_count(1)
    # a mark answers in place (htmx), without loading the page again
    page.evaluate("window.sameDocument = true")
    page.click(f"#marks-{ben.pk} button[value=must_meet]")
    page.wait_for_selector(f"#marks-{ben.pk} button[value=must_meet][aria-pressed=true]")
    assert page.evaluate("window.sameDocument === true")
    assert page.locator(f"#marks-{ben.pk} [role=status]").inner_text() == (
        "Marked Ben Tremblay: Must meet."
    )
    page.click("a:has-text('Request a meeting')")
    expect(page.locator("#quota")).to_have_text("You may send 5 more requests.")
    page.fill("#id_message", "Could your members test our seafood cold chain?")
    shot(page, "05-request-form")
    page.click("button:has-text('Send request')")
    page.wait_for_url(f"{base}/events/{event.slug}/requests/")
    expect(page.locator("#quota")).to_have_text("You may send 4 more requests.")

    other = page.context.browser.new_context().new_page()
    log_in(other, base, "ben@ocean.example", PASSWORD)
    other.wait_for_url(f"{base}/me/")
    other.click("nav.event-links a:has-text('My requests')")
    received = other.locator(f"[data-request='{Request.objects.get().pk}']")
    assert "Could your members test our seafood cold chain?" in received.inner_text()
    shot(other, "06-received-request")
    received.locator("button:has-text('Accept')").click()
    expect(other.locator("p.message").first).to_have_text("Accepted: you will meet Anna Martin.")
    assert Request.objects.get().status == "accepted"
    shot(other, "07-accepted")
    # now agreed: each sees the other's contact details
    page.goto(f"{base}/events/{event.slug}/participants/{ben.pk}/")
    expect(page.locator("a[href='mailto:ben@ocean.example']")).to_have_count(1)
    # on a phone: nothing wider than the screen
    page.set_viewport_size({"width": 390, "height": 844})
    for path in ("participants/", f"participants/{ben.pk}/", "requests/", "profile/items/"):
        page.goto(f"{base}/events/{event.slug}/{path}")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, path
    shot(page, "08-phone-profile-items")
    print(f"\nscreenshots: {SHOTS}")
