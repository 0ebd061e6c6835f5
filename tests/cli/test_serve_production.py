"""`clustermeet serve --production`: gunicorn with the production settings, against the
PostgreSQL test database, serving a page and a static file (WhiteNoise) over real HTTP;
and a missing setting named in one line, before anything starts."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from urllib.parse import quote

import pytest
from django.db import connection

from tests.factories import make_event

PRODUCTION_ENV = {
    "CLUSTERMEET_SECRET_KEY": "test-only-" + "k" * 50,
    "CLUSTERMEET_ALLOWED_HOSTS": "127.0.0.1",
    "CLUSTERMEET_REDIS_URL": "redis://127.0.0.1:6379/14",
    "CLUSTERMEET_SMTP_URL": "smtp+plain://127.0.0.1:25",
    "CLUSTERMEET_MAIL_FROM": "Matchmaking <events@example.org>",
}


def _child_env(tmp_path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CLUSTERMEET_", "CELERY_"))}
    env.pop("DATABASE_URL", None)
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return {**env, "CLUSTERMEET_DATA_DIR": str(tmp_path), **PRODUCTION_ENV, **extra}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _database_url() -> str:
    db = connection.settings_dict
    user = quote(db["USER"] or "")
    password = f":{quote(db['PASSWORD'])}" if db["PASSWORD"] else ""
    return f"postgres://{user}{password}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}"


def _get(url: str) -> tuple[int, dict[str, str], bytes]:
    with urllib.request.urlopen(url, timeout=10) as answer:
        return answer.status, dict(answer.headers), answer.read()


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_serve_production_serves_pages_and_static_files(tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("production serving is PostgreSQL only: run with DATABASE_URL=postgres://…")
    event = make_event(is_public=True, name="Production fair")
    port = _free_port()
    env = _child_env(tmp_path, DATABASE_URL=_database_url())
    log = tmp_path / "serve.log"
    command = [
        sys.executable, "-m", "clustermeet.cli.main", "serve", "--production",
        "--port", str(port), "--workers", "2", "--threads", "2",
    ]  # fmt: skip
    with log.open("w") as out:
        server = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        status, page = 0, b""
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            assert server.poll() is None, log.read_text()[-3000:]
            try:
                status, headers, page = _get(f"http://127.0.0.1:{port}/")
                break
            except urllib.error.HTTPError as error:
                pytest.fail(f"{error.code} from /:\n{log.read_text()[-3000:]}")
            except OSError:
                time.sleep(0.3)
        assert status == 200, log.read_text()[-3000:]
        assert event.name.encode() in page
        assert "gunicorn" in log.read_text()
        # The stylesheet under its hashed name, served by WhiteNoise for a year.
        href = re.search(rb'href="(/static/clustermeet/site\.[0-9a-f]{12}\.css)"', page)
        assert href is not None, page[:2000]
        status, headers, body = _get(f"http://127.0.0.1:{port}{href.group(1).decode()}")
        assert status == 200
        assert headers["Cache-Control"] == "max-age=315360000, public, immutable"
        assert headers["Content-Type"].startswith("text/css")
        assert body.strip()
        # Debug is off: an unknown page is the plain 404, not Django's debug page.
        try:
            _get(f"http://127.0.0.1:{port}/no-such-page/")
        except urllib.error.HTTPError as missing:
            assert missing.code == 404
            assert b"URLconf" not in missing.read()
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    assert server.returncode == 0, log.read_text()[-3000:]


def test_serve_production_names_a_missing_setting(tmp_path):
    env = _child_env(tmp_path, DATABASE_URL="postgres://postgres@127.0.0.1:5432/unused")
    env.pop("CLUSTERMEET_SECRET_KEY")
    done = subprocess.run(
        [sys.executable, "-m", "clustermeet.cli.main", "serve", "--production"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr == (
        "clustermeet serve --production: CLUSTERMEET_SECRET_KEY is not set; production "
        "reads it from the environment (see the README's Configuration table).\n"
    )


def test_serve_production_refuses_sqlite(tmp_path):
    env = _child_env(tmp_path, DATABASE_URL=f"sqlite:///{tmp_path}/db.sqlite3")
    done = subprocess.run(
        [sys.executable, "-m", "clustermeet.cli.main", "serve", "--production"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "DATABASE_URL must be a PostgreSQL URL" in done.stderr
    assert "Traceback" not in done.stderr


def test_worker_names_unknown_queues(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "clustermeet.cli.main", "worker", "--queues", "solver,fast"],
        env=_child_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr == (
        "clustermeet worker: unknown queues ['fast']; expected some of solver, mail, "
        "webhooks, default.\n"
    )
