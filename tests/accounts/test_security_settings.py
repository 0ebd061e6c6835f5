"""HTTPS-only cookies, CSRF, HSTS and the redirect to https outside debug mode.

Django reads its settings once per process, so each case imports them in a fresh one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

NAMES = (
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SESSION_COOKIE_HTTPONLY",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "X_FRAME_OPTIONS",
)
SHOW = (
    "import json, clustermeet.site.settings as s; "
    f"print(json.dumps({{n: getattr(s, n) for n in {NAMES!r}}}))"
)
ON = {
    "SESSION_COOKIE_SECURE": True,
    "CSRF_COOKIE_SECURE": True,
    "SECURE_SSL_REDIRECT": True,
    "SECURE_HSTS_SECONDS": 31_536_000,
    "SESSION_COOKIE_HTTPONLY": True,
    "SECURE_CONTENT_TYPE_NOSNIFF": True,
    "X_FRAME_OPTIONS": "DENY",
}
OFF = {**ON, "SESSION_COOKIE_SECURE": False, "CSRF_COOKIE_SECURE": False,
       "SECURE_SSL_REDIRECT": False, "SECURE_HSTS_SECONDS": 0}  # fmt: skip


def settings_with(tmp_path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("CLUSTERMEET_")}
    clean.update(CLUSTERMEET_DATA_DIR=str(tmp_path), **env)
    return subprocess.run(
        [sys.executable, "-c", SHOW], env=clean, capture_output=True, text=True, timeout=60
    )


def shown(tmp_path, **env: str) -> dict[str, object]:
    done = settings_with(tmp_path, **env)
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout))


def test_settings_outside_debug_mode_are_https_only(tmp_path):
    assert shown(tmp_path, CLUSTERMEET_ALLOWED_HOSTS="meet.example.org") == ON


def test_settings_in_debug_mode_serve_plain_http(tmp_path):
    hosts = "meet.example.org"
    assert shown(tmp_path, CLUSTERMEET_DEBUG="1", CLUSTERMEET_ALLOWED_HOSTS=hosts) == OFF


def test_settings_on_loopback_names_only_serve_plain_http(tmp_path):
    assert shown(tmp_path) == OFF  # the default hosts: 127.0.0.1 and localhost


def test_settings_https_flag_overrides_the_default(tmp_path):
    assert shown(tmp_path, CLUSTERMEET_HTTPS="1") == ON
    assert shown(tmp_path, CLUSTERMEET_HTTPS="0", CLUSTERMEET_ALLOWED_HOSTS="a.example") == OFF


def test_settings_https_flag_not_0_or_1_is_one_clear_error(tmp_path):
    done = settings_with(tmp_path, CLUSTERMEET_HTTPS="yes")
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1] == (
        "django.core.exceptions.ImproperlyConfigured: CLUSTERMEET_HTTPS='yes': expected 0 or 1"
    )


def test_settings_behind_a_proxy_trust_its_https_header(tmp_path):
    show = "import clustermeet.site.settings as s; print(getattr(s, 'SECURE_PROXY_SSL_HEADER', 0))"
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLUSTERMEET_")}
    env["CLUSTERMEET_DATA_DIR"] = str(tmp_path)
    run = [sys.executable, "-c", show]
    alone = subprocess.run(run, env=env, capture_output=True, text=True, check=True)
    proxied = subprocess.run(
        run, env={**env, "CLUSTERMEET_PROXIES": "1"}, capture_output=True, text=True, check=True
    )
    assert (alone.stdout, proxied.stdout) == ("0\n", "('HTTP_X_FORWARDED_PROTO', 'https')\n")
