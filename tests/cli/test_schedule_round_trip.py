"""`clustermeet schedule` on an exported event file, imported back: the CLI as users meet it.

The demo event is built, exported, scheduled offline, and the result appended to the file's
`schedules` and imported; exporting again shows the same meetings stored as a new version.
"""

import json
import os
import subprocess
import sys


def run(args, data_dir):
    env = dict(os.environ, CLUSTERMEET_DATA_DIR=str(data_dir))
    env.pop("DATABASE_URL", None)  # the command line uses its own SQLite file here
    return subprocess.run(
        [sys.executable, "-m", "clustermeet.cli.main", *map(str, args)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_schedule_result_of_an_exported_event_imports_back(tmp_path):
    assert run(["demo", "--no-solve"], tmp_path).returncode == 0
    exported = tmp_path / "event.json"
    assert run(["export", "--event", "eu-canada-2019", "-o", exported], tmp_path).returncode == 0
    result_path = tmp_path / "result.json"
    done = run(
        ["schedule", exported, "--time-limit", "20", "--workers", "1", "-o", result_path],
        tmp_path,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    # Progress lines start with the seconds elapsed; the last line is a JSON summary.
    assert lines[:-1] and all(line.split()[0].endswith("s") for line in lines[:-1]), lines
    summary = json.loads(lines[-1])
    result = json.loads(result_path.read_text())
    assert summary["meetings"] == len(result["meetings"]) == result["statistics"]["meetings"]
    assert summary["status"] == result["solver_status"]
    data = json.loads(exported.read_text())
    accepted = sum(1 for r in data["requests"] if r["status"] == "accepted")
    assert result["statistics"]["requests"] == accepted
    assert result["statistics"]["pairs"] <= accepted

    data["schedules"].append(result)
    extended = tmp_path / "with-result.json"
    extended.write_text(json.dumps(data))
    done = run(["import", "--replace", extended], tmp_path)
    assert done.returncode == 0, done.stderr
    again = tmp_path / "again.json"
    assert run(["export", "--event", "eu-canada-2019", "-o", again], tmp_path).returncode == 0
    (stored,) = [s for s in json.loads(again.read_text())["schedules"] if s["version"] == 1]
    assert stored["solver_status"] == result["solver_status"]

    def placed(meetings):
        return sorted((m["participants"], m["request"], m["slot"], m["table"]) for m in meetings)

    assert placed(stored["meetings"]) == placed(result["meetings"])
    assert run(["validate", again, result_path], tmp_path).returncode == 0


def test_schedule_fairness_says_when_it_does_not_apply(tmp_path):
    path = tmp_path / "event.json"
    path.write_text(
        json.dumps(
            {
                "format": "clustermeet-schedule-input",
                "slots": [{"id": "s1"}],
                "tables": [{"name": "T1"}],
                "participants": [
                    {"id": "ann", "organisation": "a"},
                    {"id": "bob", "organisation": "b"},
                ],
                "requests": [{"from": "ann", "to": "bob"}],
            }
        )
    )
    done = run(["schedule", path, "-q", "--fairness", "1", "--time-limit", "5"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[0] == (
        f"clustermeet: {path}: warning: --fairness applies to .dzn inputs only; ignored "
        "(events are made fair by raising the worst-served share)"
    )
