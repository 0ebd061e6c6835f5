"""`clustermeet publish` in real processes against a real SQLite file holding the demo."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

SLUG = "eu-canada-2019"


def run(args, data_dir):
    env = dict(os.environ, CLUSTERMEET_DATA_DIR=str(data_dir))
    env.pop("DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "clustermeet.cli.main", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("publish-demo")
    assert run(["demo", "--no-solve"], data_dir).returncode == 0
    return data_dir


def test_publish_latest_draft_then_nothing_left_to_publish(demo_dir):
    solved = run(["schedule", "--event", SLUG, "--time-limit", "10", "-q"], demo_dir)
    assert solved.returncode == 0, solved.stderr
    result = run(["publish", "--event", SLUG], demo_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Published version 1 of '{SLUG}': ")
    assert " 0 moved, 0 removed; " in result.stdout
    again = run(["publish", "--event", SLUG], demo_dir)
    assert again.returncode == 1
    assert again.stderr.strip() == (
        f"clustermeet: '{SLUG}' has no draft; run `clustermeet schedule --event {SLUG}`."
    )


def test_publish_unknown_version_names_it_in_one_line(demo_dir):
    result = run(["publish", "--event", SLUG, "--version", "99"], demo_dir)
    assert result.returncode == 1
    assert result.stderr.strip() == f"clustermeet: '{SLUG}' has no version 99."


def test_publish_unknown_event_says_so(demo_dir):
    result = run(["publish", "--event", "nope"], demo_dir)
    assert result.returncode == 1
    assert result.stderr.strip() == "clustermeet: no event 'nope'; give the slug of a stored event."
