"""Bad input to `clustermeet schedule` and `clustermeet validate`, through the real command.

Each case runs the installed command in a subprocess and reads its exit code and output,
as a user would: one clear line (never a traceback), and the exit code the help promises.
"""

import json
import subprocess
import sys

import pytest

from tests.cli.test_schedule import DZN


def clustermeet(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "clustermeet.cli.main", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
    )


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        ("nBusiness = 3", "nBusiness = -3", "nBusiness = -3: expected a count of 0 or more"),
        ("nTables = 1", "nTables = -1", "nTables = -1: expected a count of 0 or more"),
        ("fixed = [0,0]", "fixed = [0,4]", "fixed[2] = 4: expected 0 (not fixed) or a slot 1..3"),
        (
            "precedences = [{},{}]",
            "precedences = [{},{3}]",
            "precedences[2] names meeting 3: expected meetings 1..2",
        ),
        (
            "|1, 3,3,",
            "|1, 4,3,",
            "requested row 2 names participant 4: expected 1..nBusiness (3)",
        ),
        (
            "nMorningSlots = 3",
            "nMorningSlots = 5",
            "nMorningSlots = 5: expected 0..nTotalSlots (3)",
        ),
    ],
)
def test_schedule_bad_dzn_is_one_line(tmp_path, old, new, line):
    path = tmp_path / "bad.dzn"
    assert old in DZN
    path.write_text(DZN.replace(old, new))
    done = clustermeet("schedule", path, "-q", "--time-limit", "5")
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == f"clustermeet: {path}: {line}\n"


@pytest.fixture
def solved(tmp_path):
    path = tmp_path / "i.dzn"
    path.write_text(DZN)
    out = tmp_path / "out.json"
    done = clustermeet("schedule", path, "-q", "--workers", "1", "--time-limit", "10", "-o", out)
    assert done.returncode == 0, done.stderr
    return path, json.loads(out.read_text())


def validate(tmp_path, instance, schedule):
    path = tmp_path / "claimed.json"
    path.write_text(json.dumps(schedule))
    return clustermeet("validate", instance, path)


def test_validate_accepts_what_schedule_wrote(tmp_path, solved):
    path, result = solved
    done = validate(tmp_path, path, result)
    assert (done.returncode, done.stdout, done.stderr) == (0, "valid  objective 1\n", "")


@pytest.mark.parametrize(
    ("claims", "violation"),
    [
        ({"objective": 0}, "claimed objective 0, but the schedule has 1 breaks"),
        (
            {"bound": 2, "status": "FEASIBLE"},
            "claimed bound 2 is above the schedule's 1 breaks (a lower bound cannot be)",
        ),
        (
            {"bound": 0, "status": "OPTIMAL"},
            "claimed OPTIMAL, but the bound 0 is not the objective 1",
        ),
        ({"status": "INFEASIBLE"}, "claimed INFEASIBLE but the file holds a schedule"),
    ],
)
def test_validate_refuses_a_false_claim(tmp_path, solved, claims, violation):
    path, result = solved
    done = validate(tmp_path, path, {**result, **claims})
    assert done.returncode == 1
    assert done.stdout == "INVALID  objective 1\n"
    assert done.stderr == f"violation: {violation}\n"


def test_validate_invalid_schedule_exits_1(tmp_path, solved):
    path, result = solved
    for meeting in result["meetings"]:
        meeting["slot"] = 1  # participant 1 twice in slot 1
    done = validate(tmp_path, path, {"meetings": result["meetings"]})
    assert done.returncode == 1
    assert "violation: participant 0 at most once in slot 0\n" in done.stderr


def test_validate_unreadable_input_exits_2(tmp_path, solved):
    path, result = solved
    missing = tmp_path / "missing.json"
    done = clustermeet("validate", path, missing)
    assert (done.returncode, done.stderr) == (
        2,
        f"clustermeet: cannot read {missing}: No such file or directory\n",
    )
    broken = tmp_path / "broken.json"
    broken.write_text("{")
    done = clustermeet("validate", path, broken)
    assert done.returncode == 2
    assert done.stderr.startswith(f"clustermeet: {broken}: not valid JSON: ")
    assert "Traceback" not in done.stderr
    bad_dzn = tmp_path / "bad.dzn"
    bad_dzn.write_text(DZN.replace("nTables = 1", "nTables = -1"))
    done = clustermeet("validate", bad_dzn, tmp_path / "whatever.json")
    assert (done.returncode, done.stderr) == (
        2,
        f"clustermeet: {bad_dzn}: nTables = -1: expected a count of 0 or more\n",
    )


def scheduler_input(**changes):
    data = {
        "format": "clustermeet-schedule-input",
        "slots": [{"id": "s1"}, {"id": "s2"}],
        "tables": [{"name": "T1"}],
        "participants": [
            {"id": "ann", "organisation": "acme"},
            {"id": "bob", "organisation": "beta", "unavailable": ["s1", "s2"]},
            {"id": "cat", "organisation": "gamma"},
            {"id": "dan", "organisation": "delta", "unavailable": ["s1", "s2"]},
        ],
        "requests": [
            {"from": "ann", "to": "bob"},
            {"from": "ann", "to": "cat"},
            {"from": "dan", "to": "cat"},
        ],
    }
    data.update(changes)
    return data


def test_schedule_warns_naming_people_without_availability(tmp_path):
    path = tmp_path / "event.json"
    path.write_text(json.dumps(scheduler_input()))
    done = clustermeet("schedule", path, "-q", "--time-limit", "5", "--workers", "1")
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[0] == (
        f"clustermeet: {path}: warning: 2 people have requests but are available in no slot: "
        "bob, dan"
    )
    assert [(m["from"], m["to"]) for m in json.loads(done.stdout)["meetings"]] == [("ann", "cat")]


def test_schedule_warns_when_the_event_has_no_tables(tmp_path):
    path = tmp_path / "event.json"
    path.write_text(json.dumps(scheduler_input(tables=[])))
    done = clustermeet("schedule", path, "-q", "--time-limit", "5", "--workers", "1")
    assert done.returncode == 0, done.stderr
    assert (
        f"clustermeet: {path}: warning: the event has no tables, so no request can be held\n"
        in done.stderr
    )
    assert json.loads(done.stdout)["meetings"] == []


def test_validate_unknown_status_is_unreadable(tmp_path, solved):
    path, result = solved
    done = validate(tmp_path, path, {**result, "status": "SOLVED"})
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        f"clustermeet: {tmp_path / 'claimed.json'}: not a .dzn schedule: "
        "status 'SOLVED': expected one of OPTIMAL, FEASIBLE, INFEASIBLE, UNKNOWN\n"
    )


def test_validate_event_schedule_refuses_a_false_weight(tmp_path):
    path = tmp_path / "event.json"
    path.write_text(json.dumps(scheduler_input()))
    out = tmp_path / "out.json"
    done = clustermeet("schedule", path, "-q", "--time-limit", "5", "--workers", "1", "-o", out)
    assert done.returncode == 0, done.stderr
    result = json.loads(out.read_text())
    assert clustermeet("validate", path, out).returncode == 0
    result["objective"]["weight"] = 5
    result["bound"] = 0
    done = validate(tmp_path, path, result)
    assert done.returncode == 1
    assert result["status"] == "OPTIMAL"
    assert [line for line in done.stderr.splitlines() if line.startswith("violation")] == [
        "violation: claimed weight 5, but the schedule has 1",
        "violation: claimed bound 0 is below the schedule's weight 1 (an upper bound cannot be)",
        "violation: claimed OPTIMAL, but the weight 1 is not the bound 0",
    ]
