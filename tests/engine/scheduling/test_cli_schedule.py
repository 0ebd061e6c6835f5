"""`clustermeet schedule` and `clustermeet validate` on files the tests write."""

import json
import re

from clustermeet.cli.main import main

DZN = """nBusiness = 3;
nMeetings = 2;
nTables = 1;
nTotalSlots = 3;
nMorningSlots = 3;
requested = [|1, 2,3,
|1, 3,3,
|];
forbidden = [{0},{2},{2}];
fixed = [0,0];
precedences = [{},{}];
"""

EVENT = {
    "format": "clustermeet-schedule-input",
    "slots": [{"id": "s1", "day": "mon"}, {"id": "s2", "day": "mon"}],
    "tables": [{"name": "T1"}, {"name": "V1", "virtual": True}],
    "participants": [
        {"id": "ann", "organisation": "acme"},
        {"id": "bob", "organisation": "beta"},
        {"id": "cat", "organisation": "gamma", "remote": True, "unavailable": ["s1"]},
    ],
    "requests": [{"from": "ann", "to": "bob"}, {"from": "cat", "to": "ann", "weight": 2}],
}


def test_schedule_dzn_writes_one_based_schedule_that_validates(tmp_path, capsys):
    (tmp_path / "i.dzn").write_text(DZN)
    out = tmp_path / "out.json"
    assert (
        main(
            [
                "schedule",
                str(tmp_path / "i.dzn"),
                "-q",
                "--workers",
                "1",
                "--time-limit",
                "10",
                "--output",
                str(out),
            ]
        )
        == 0
    )
    result = json.loads(out.read_text())
    assert (result["status"], result["objective"], result["bound"]) == ("OPTIMAL", 1, 1)
    assert sorted(m["slot"] for m in result["meetings"]) == [1, 3]
    assert main(["validate", str(tmp_path / "i.dzn"), str(out)]) == 0
    assert "valid  objective 1" in capsys.readouterr().out


def test_schedule_dzn_prints_progress_with_both_solvers(tmp_path, capsys):
    (tmp_path / "i.dzn").write_text(DZN)
    out = tmp_path / "out.json"
    assert (
        main(
            [
                "schedule",
                str(tmp_path / "i.dzn"),
                "--workers",
                "2",
                "--time-limit",
                "10",
                "--output",
                str(out),
            ]
        )
        == 0
    )
    err = capsys.readouterr().err
    # A schedule found by CP-SAT or a bound proven by the MaxSAT child, then the verdict.
    assert re.search(r"^ +\d+\.\ds  (breaks|bound) \d", err, re.M), err
    assert err.rstrip().endswith("OPTIMAL  objective 1  bound 1")


def test_validate_dzn_rejects_double_booking(tmp_path, capsys):
    (tmp_path / "i.dzn").write_text(DZN)
    bad = {
        "meetings": [{"meeting": 1, "slot": 1, "table": 1}, {"meeting": 2, "slot": 1, "table": 1}]
    }
    (tmp_path / "bad.json").write_text(json.dumps(bad))
    assert main(["validate", str(tmp_path / "i.dzn"), str(tmp_path / "bad.json")]) == 1
    assert "participant 0 at most once in slot 0" in capsys.readouterr().err


def test_schedule_json_event_places_remote_meeting_in_virtual_room(tmp_path):
    (tmp_path / "e.json").write_text(json.dumps(EVENT))
    out = tmp_path / "out.json"
    assert (
        main(
            ["schedule", str(tmp_path / "e.json"), "-q", "--time-limit", "5", "--output", str(out)]
        )
        == 0
    )
    result = json.loads(out.read_text())
    meetings = sorted((m["from"], m["to"], m["slot"], m["table"]) for m in result["meetings"])
    assert meetings == [("ann", "bob", "s1", "T1"), ("cat", "ann", "s2", "V1")]
    assert main(["validate", str(tmp_path / "e.json"), str(out)]) == 0
