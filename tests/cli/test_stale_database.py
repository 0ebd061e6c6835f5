"""A database of the first layout gets one clear line, not a migration traceback."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys


def test_database_of_the_first_layout_is_refused_with_one_clear_line(tmp_path):
    database = tmp_path / "clustermeet.sqlite3"
    with sqlite3.connect(database) as db:
        db.execute(
            "CREATE TABLE django_migrations (id integer primary key, app varchar(255), "
            "name varchar(255), applied datetime)"
        )
        db.execute(
            "INSERT INTO django_migrations (app, name, applied) "
            "VALUES ('profiles', '0002_participant_target_countries', '2026-11-20')"
        )
    env = dict(os.environ, CLUSTERMEET_DATA_DIR=str(tmp_path))
    env.pop("DATABASE_URL", None)
    done = subprocess.run(
        [sys.executable, "-m", "clustermeet.cli.main", "export", "--event", "x"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1
    assert "was made by an earlier clustermeet" in done.stderr
    assert "Traceback" not in done.stderr
