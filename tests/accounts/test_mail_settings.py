"""E-mail goes to files in the data folder unless CLUSTERMEET_SMTP_URL names a server."""

import os
import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

from clustermeet.site.config import Smtp, smtp


def test_smtp_url_with_starttls_user_and_escaped_password():
    assert smtp("smtp://events%40example.org:p%40ss@mail.example.org") == Smtp(
        "mail.example.org", 587, "events@example.org", "p@ss", starttls=True, ssl=False
    )


def test_smtps_and_plain_urls():
    assert smtp("smtps://mail.example.org:2465").ssl is True
    assert smtp("smtp+plain://127.0.0.1:1025") == Smtp("127.0.0.1", 1025, "", "", False, False)


def test_smtp_url_of_another_kind_is_a_clear_error():
    with pytest.raises(ImproperlyConfigured, match="expected smtp://user:password@host:587"):
        smtp("http://mail.example.org")


def _backend(tmp_path, **env):
    child = {
        k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "CLUSTERMEET_SMTP_URL")
    }
    child.update(
        CLUSTERMEET_DATA_DIR=str(tmp_path),
        DJANGO_SETTINGS_MODULE="clustermeet.site.settings",
        **env,
    )
    code = (
        "from django.conf import settings as s; "
        "print(s.EMAIL_BACKEND, getattr(s, 'EMAIL_HOST', ''), getattr(s, 'EMAIL_PORT', ''), "
        "s.DEFAULT_FROM_EMAIL)"
    )
    done = subprocess.run([sys.executable, "-c", code], env=child, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_settings_send_by_smtp_when_configured(tmp_path):
    assert _backend(tmp_path).startswith("django.core.mail.backends.filebased.EmailBackend")
    configured = _backend(
        tmp_path,
        CLUSTERMEET_SMTP_URL="smtp://mail.example.org:2525",
        CLUSTERMEET_MAIL_FROM="Events <events@example.org>",
    )
    assert configured == (
        "django.core.mail.backends.smtp.EmailBackend mail.example.org 2525 "
        "Events <events@example.org>"
    )
