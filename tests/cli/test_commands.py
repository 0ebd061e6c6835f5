"""The `clustermeet` command end to end: real processes, a real SQLite file, real HTTP."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from clustermeet.cli.main import build_parser, main

COMMANDS = ("demo", "serve", "import", "export", "schedule", "validate", "recommend", "match-eval")


def test_cli_help_lists_every_command():
    help_text = build_parser().format_help()
    for command in COMMANDS:
        assert command in help_text


def test_cli_without_command_prints_help_and_fails(capsys):
    assert main([]) == 2
    assert "usage: clustermeet" in capsys.readouterr().out


def run(args, data_dir, check=True):
    env = dict(os.environ, CLUSTERMEET_DATA_DIR=str(data_dir))
    env.pop("DATABASE_URL", None)  # the command-line run always uses its own SQLite file
    result = subprocess.run(
        [sys.executable, "-m", "clustermeet.cli.main", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("cli-demo")
    output = run(["demo", "--no-solve"], data_dir).stdout
    assert "Organiser:   organiser@eccp.example" in output
    return data_dir


def test_cli_import_with_one_bad_row_changes_nothing_and_names_row(demo_dir, tmp_path):
    bad = tmp_path / "participants.csv"
    bad.write_text(
        "email,first_name,last_name,organisation\n"
        "new.person@vitagora.example,New,Person,vitagora\n"
        "broken-address,Bad,Row,vitagora\n"
    )
    before = json.loads(run(["export", "--event", "eu-canada-2019"], demo_dir).stdout)
    result = run(["import", "--event", "eu-canada-2019", str(bad)], demo_dir, check=False)
    assert result.returncode == 1
    assert "Nothing was imported" in result.stderr
    assert "participants.csv row 3, email: expected an e-mail address" in result.stderr
    after = json.loads(run(["export", "--event", "eu-canada-2019"], demo_dir).stdout)
    assert after == before


def test_cli_export_then_import_round_trip(demo_dir, tmp_path):
    path = tmp_path / "backup.json"
    run(["export", "--event", "eu-canada-2019", "--output", str(path)], demo_dir)
    refused = run(["import", str(path)], demo_dir, check=False)
    assert refused.returncode == 1 and "--replace" in refused.stderr
    run(["import", "--replace", str(path)], demo_dir)
    again = tmp_path / "again.json"
    run(["export", "--event", "eu-canada-2019", "--output", str(again)], demo_dir)
    assert json.loads(again.read_text()) == json.loads(path.read_text())


def test_cli_import_templates_and_columns(tmp_path):
    run(["import", "--template", str(tmp_path / "t")], tmp_path)
    assert sorted(p.name for p in (tmp_path / "t").iterdir()) == [
        "clustermeet-import.xlsx",
        "items.csv",
        "organisations.csv",
        "participants.csv",
    ]
    columns = run(["import", "--columns"], tmp_path).stdout
    assert "| `nace_codes` |" in columns


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_cli_serve_answers_over_http(demo_dir):
    port = _free_port()
    env = dict(os.environ, CLUSTERMEET_DATA_DIR=str(demo_dir))
    env.pop("DATABASE_URL", None)
    server = subprocess.Popen(
        [sys.executable, "-m", "clustermeet.cli.main", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        body = ""
        for _ in range(100):
            try:
                with urllib.request.urlopen(
                    f"http://127.0.0.1:{port}/events/eu-canada-2019/", timeout=5
                ) as r:
                    body = r.read().decode()
                break
            except OSError:
                time.sleep(0.2)
        assert 'data-delegation="EU delegation"' in body
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/static/clustermeet/site.css") as r:
            assert r.status == 200
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_settings_table_in_readme_matches_config():
    from clustermeet.site.config import SETTINGS

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    for setting in SETTINGS:
        assert f"| `{setting.name}` |" in readme, setting.name


def test_cli_missing_input_file_is_one_clear_line(tmp_path, capsys):
    missing = tmp_path / "nowhere.dzn"
    assert main(["schedule", str(missing), "-q"]) == 1
    assert (
        capsys.readouterr().err
        == f"clustermeet: cannot read {missing}: No such file or directory\n"
    )
