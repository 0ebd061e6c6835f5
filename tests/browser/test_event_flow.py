"""Real browser flows: Debian's Chromium, driven by Playwright, against a live server."""

import os
import shutil

import pytest

from clustermeet.demo.load import ORGANISER_PASSWORD, PARTICIPANT_PASSWORD, load_demo

CHROMIUM = os.environ.get("CLUSTERMEET_CHROMIUM", "/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        shutil.which(CHROMIUM) is None and not os.path.exists(CHROMIUM),
        reason="Debian's chromium is not installed (make browser installs it)",
    ),
]
# Playwright's sync API runs an event loop in this thread; the test's own ORM calls are safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def page(tmp_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        page = browser.new_page()
        yield page
        browser.close()


@pytest.fixture
def demo(transactional_db):
    return load_demo()


def log_in(page, base, email, password):
    page.goto(f"{base}/login/")
    page.fill("#id_username", email)
    page.fill("#id_password", password)
    page.click("button[type=submit]")


def test_visitor_sees_delegations_on_event_page(live_server, page, demo):
    event, _ = demo
    page.goto(f"{live_server.url}/")
    page.click(f"text={event.name}")
    eu = page.locator('[data-delegation="EU delegation"]')
    assert eu.locator(".org-count").inner_text() == "27"
    assert eu.locator(".country-count").inner_text() == "16"
    canada = page.locator('[data-delegation="Canada"]')
    assert canada.locator("text=Ocean Supercluster").count() >= 1


def test_participant_logs_in_and_sees_own_requests(live_server, page, demo):
    event, logins = demo
    log_in(page, live_server.url, logins.participants[0], PARTICIPANT_PASSWORD)
    page.wait_for_url(f"{live_server.url}/me/")
    assert page.locator("h2", has_text=event.name).count() == 1
    assert page.locator("text=Requests I sent").count() == 1


def test_organiser_import_with_bad_row_shows_row_and_imports_nothing(
    live_server, page, demo, tmp_path
):
    from clustermeet.profiles.models import Organisation

    event, logins = demo
    before = Organisation.objects.count()
    bad = tmp_path / "organisations.csv"
    bad.write_text("name,type,country\nNew cluster,cluster,FR\nOther,cluster,Narnia\n")
    log_in(page, live_server.url, logins.organiser, ORGANISER_PASSWORD)
    page.wait_for_url(f"{live_server.url}/me/")
    page.goto(f"{live_server.url}/events/{event.slug}/manage/import/")
    page.set_input_files("input[type=file]", str(bad))
    page.click("button:has-text('Import')")
    alert = page.locator("[role=alert]")
    assert "organisations.csv row 3" in alert.inner_text()
    assert "Narnia" in alert.inner_text()
    assert Organisation.objects.count() == before
    page.screenshot(path=str(tmp_path / "import-error.png"))
