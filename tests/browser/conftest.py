"""The browser tests' Chromium page for every module here (defined with the first flow)."""

from tests.browser.test_event_flow import page  # noqa: F401
