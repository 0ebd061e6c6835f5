"""clustermeet's event file as scheduler input: the reader, and `clustermeet schedule` on it."""

import copy
import json
from collections import Counter

import pytest

from clustermeet.cli.event_result import as_requester_pairs
from clustermeet.cli.main import main
from clustermeet.engine.scheduling import Status
from clustermeet.engine.scheduling.selection import EventSchedule, Placement, validate_event
from clustermeet.exchange.event_file.scheduling import (
    event_file_instance,
    event_file_placements,
    event_file_schedule_to_json,
)
from clustermeet.exchange.problems import EventFileRejected

D1_0900, D1_0940, D1_1000 = (
    "2019-06-05T09:00:00-04:00",
    "2019-06-05T09:40:00-04:00",
    "2019-06-05T10:00:00-04:00",
)
D2_1400, D2_1420 = "2019-06-06T14:00:00-04:00", "2019-06-06T14:20:00-04:00"


def request(requester, requested, status="accepted", priority=1, day=1):
    return {
        "requester": f"{requester}@x.example",
        "requested": f"{requested}@x.example",
        "priority": priority,
        "status": status,
        "created_at": f"2019-05-{day:02d}T10:00:00+00:00",
    }


def small_event_file():
    """Two days (day 1's slots generated around a break, day 2's given), five people."""

    def person(name, organisation, **fields):
        return {"email": f"{name}@x.example", "organisation": organisation, **fields}

    return {
        "format": "clustermeet-event",
        "version": 1,
        "event": {
            "slug": "small",
            "name": "Small",
            "time_zone": "America/Toronto",
            "start_date": "2019-06-05",
            "end_date": "2019-06-06",
            "languages": ["en"],
        },
        "users": [{"email": f"{name}@x.example"} for name in ("ann", "bob", "cat", "dan", "eve")],
        "organisations": [
            {"slug": slug, "name": slug.title(), "type": "company", "country": "CA"}
            for slug in ("acme", "beta", "gamma")
        ],
        "sessions": [
            {
                "name": "Day 2",
                "date": "2019-06-06",
                "start_time": "14:00",
                "end_time": "14:40",
                "slots": [{"start": D2_1400, "minutes": 20}, {"start": D2_1420, "minutes": 20}],
            },
            {
                "name": "Day 1",
                "date": "2019-06-05",
                "start_time": "09:00",
                "end_time": "10:20",
                "slot_minutes": 20,
                "breaks": [["09:20", "09:40"]],
            },
        ],
        "tables": [
            {"name": "V01", "kind": "virtual", "link": "https://meet.example.org/v01"},
            {"name": "T01", "kind": "onsite", "host": "acme"},
            {"name": "T02", "kind": "onsite"},
        ],
        "participants": [
            person("ann", "acme"),
            person("bob", "acme"),
            person("cat", "beta", unavailable_slots=[D1_0900, D1_0940]),
            person("dan", "gamma", attendance="remote"),
            person("eve", "beta", max_meetings=1),
        ],
        "requests": [
            request("ann", "cat", day=1),
            request("cat", "ann", priority=3, day=2),
            request("bob", "dan", priority=2),
            request("dan", "cat", status="declined"),
            request("cat", "bob", status="pending"),
            request("eve", "ann", day=3),
            request("eve", "bob", day=4),
        ],
        "schedules": [
            {
                "version": 2,
                "created_at": "2019-06-01T10:00:00+00:00",
                "meetings": [
                    {
                        "participants": ["ann@x.example", "cat@x.example"],
                        "request": ["ann@x.example", "cat@x.example"],
                        "slot": D2_1400,
                        "table": "T01",
                        "locked": True,
                    }
                ],
            },
            {
                "version": 1,
                "created_at": "2019-05-30T10:00:00+00:00",
                "meetings": [
                    {
                        "participants": ["bob@x.example", "dan@x.example"],
                        "request": ["bob@x.example", "dan@x.example"],
                        "slot": D1_0900,
                        "table": "V01",
                        "locked": True,
                    }
                ],
            },
        ],
    }


def test_reader_applies_the_event_rules():
    instance, names = event_file_instance(small_event_file())
    assert names.slots == (D1_0900, D1_0940, D1_1000, D2_1400, D2_1420)
    assert instance.slot_days == (0, 0, 0, 1, 1)
    assert names.tables == ("T01", "T02", "V01")  # on-site first, as the database orders them
    assert [t.virtual for t in instance.tables] == [False, False, True]
    person = {email.split("@")[0]: i for i, email in enumerate(names.participants)}
    ann, cat, dan = (instance.participants[person[n]] for n in ("ann", "cat", "dan"))
    assert instance.tables[0].host == ann.organisation
    assert instance.seats[ann.organisation] == 2 and instance.seats[cat.organisation] == 2
    assert dan.remote and not ann.remote
    assert cat.unavailable == {0, 1}
    assert instance.participants[person["eve"]].max_meetings == 1
    weights = {
        frozenset(
            {names.participants[r.first].split("@")[0], names.participants[r.second].split("@")[0]}
        ): r.weight
        for r in instance.requests
    }
    # Declined and pending requests are left out; ann and cat asked each other: 2 + 6.
    assert weights == {
        frozenset({"ann", "cat"}): 8,
        frozenset({"bob", "dan"}): 3,
        frozenset({"eve", "ann"}): 2,
        frozenset({"eve", "bob"}): 2,
    }
    (lock,) = instance.locks  # only the latest version's locked meeting stays
    assert (names.requests[lock.request], lock.slot, lock.table) == (
        ("ann@x.example", "cat@x.example"),
        3,
        0,
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(version=2), "file.version: version 2 is not supported; expected 1"),
        (
            lambda d: d["requests"][0].update(requester="zed@x.example"),
            "requests[0].requester: 'zed@x.example' is not in participants",
        ),
        (
            lambda d: d["participants"][2].update(unavailable_slots=["2019-06-05T08:00:00-04:00"]),
            "participants[2].unavailable_slots[0]: '2019-06-05T08:00:00-04:00' is not the start "
            "of one of the event's slots",
        ),
        (
            lambda d: d["requests"][2].update(priority=7),
            "requests[2].priority: expected one of [1, 2, 3], got 7",
        ),
        (
            lambda d: d["participants"][4].update(max_meetings="one"),
            "participants[4].max_meetings: expected a whole number, got 'one'",
        ),
        (lambda d: d["tables"][0].pop("kind"), "tables[0].kind: missing"),
        (
            lambda d: d["sessions"][1].update(breaks=[["10:00", "09:00"]]),
            "sessions[1].breaks: Break ['10:00', '09:00'] ends before it starts.",
        ),
        (
            lambda d: d["schedules"][0]["meetings"][0].update(table="T99"),
            "schedules[0].meetings[0].table: 'T99' is not in tables",
        ),
        (
            lambda d: d["event"].update(time_zone="Mars/Olympus"),
            "event.time_zone: expected an IANA time zone such as 'America/Toronto', "
            "got 'Mars/Olympus'",
        ),
    ],
)
def test_reader_error_names_the_record_and_field(change, message):
    data = copy.deepcopy(small_event_file())
    change(data)
    with pytest.raises(EventFileRejected) as error:
        event_file_instance(data)
    assert str(error.value.problems[0]) == message


def schedule_file(tmp_path, data):
    path = tmp_path / "event.json"
    path.write_text(json.dumps(data))
    out = tmp_path / "out.json"
    code = main(
        ["schedule", str(path), "-q", "--time-limit", "10", "--workers", "1", "--output", str(out)]
    )
    return code, out


def test_cli_schedules_event_file_respecting_availability_and_locks(tmp_path, capsys):
    data = small_event_file()
    code, out = schedule_file(tmp_path, data)
    assert code == 0, capsys.readouterr().err
    result = json.loads(out.read_text())
    assert result["event"] == "small" and result["solver_status"] in ("OPTIMAL", "FEASIBLE")
    assert (result["version"], result["state"]) == (3, "draft")  # the file holds version 2
    assert result["bound"] is not None
    assert {k: result["statistics"][k] for k in ("requests", "pairs", "meetings")} == {
        "requests": 5,  # accepted ones; ann-cat and cat-ann are one pair
        "pairs": 4,
        "meetings": 3,
    }
    assert set(result["statistics"]) >= {"meetings", "weight", "breaks"}
    meetings = result["meetings"]
    by_pair = {tuple(e.split("@")[0] for e in m["request"]): m for m in meetings}
    # The locked meeting stays; the remote person meets in the virtual room.
    assert by_pair[("ann", "cat")] == {
        "participants": ["ann@x.example", "cat@x.example"],
        "request": ["ann@x.example", "cat@x.example"],
        "slot": D2_1400,
        "table": "T01",
        "status": "scheduled",
        "locked": True,
        "outcomes": [],
    }
    assert by_pair[("bob", "dan")]["table"] == "V01"
    unavailable = {p["email"]: set(p.get("unavailable_slots", [])) for p in data["participants"]}
    busy = Counter()
    for m in meetings:
        for email in m["participants"]:
            assert m["slot"] not in unavailable[email]
            busy[(email, m["slot"])] += 1
    assert max(busy.values()) == 1
    assert sum(1 for m in meetings if "eve@x.example" in m["participants"]) == 1
    # Checked again, independently of the solver, by the validator on the file's instance.
    instance, names = event_file_instance(data)
    placements = event_file_placements(instance, names, as_requester_pairs(result))
    assert validate_event(instance, placements).valid


def test_cli_unknown_format_is_one_line(tmp_path, capsys):
    path = tmp_path / "other.json"
    path.write_text(json.dumps({"format": "someone-else", "version": 1}))
    assert main(["schedule", str(path), "-q"]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"clustermeet: {path}: unknown \"format\" 'someone-else': expected "
        '"clustermeet-event" (an event file) or "clustermeet-schedule-input" '
        "(a scheduler input)\n"
    )


def test_cli_malformed_event_file_is_one_line_naming_the_record(tmp_path, capsys):
    data = small_event_file()
    data["requests"][3]["requested"] = "nobody@x.example"
    code, out = schedule_file(tmp_path, data)
    assert code == 1 and not out.exists()
    assert capsys.readouterr().err == (
        f"clustermeet: {tmp_path / 'event.json'}: "
        "requests[3].requested: 'nobody@x.example' is not in participants\n"
    )


def test_placements_read_back_what_the_writer_wrote():
    instance, names = event_file_instance(small_event_file())
    placements = (Placement(0, 3, 0), Placement(1, 0, 2), Placement(2, 4, 1))
    written = event_file_schedule_to_json(
        instance, EventSchedule(Status.FEASIBLE, placements), names
    )
    assert sorted(event_file_placements(instance, names, written), key=str) == sorted(
        placements, key=str
    )
    # Edited by hand: the pair the other way round, e-mails in capitals, a slot in UTC.
    written["meetings"] = [
        {
            "requester": "CAT@x.example",
            "requested": "ann@x.example",
            "slot": "2019-06-06T18:00:00+00:00",
            "table": "T01",
        }
    ]
    assert event_file_placements(instance, names, written) == [Placement(0, 3, 0)]


@pytest.fixture(scope="module")
def scheduled(tmp_path_factory):
    """The small event file scheduled once by the real CLI: (input path, its result)."""
    tmp_path = tmp_path_factory.mktemp("scheduled")
    code, out = schedule_file(tmp_path, small_event_file())
    assert code == 0
    assert len(json.loads(out.read_text())["meetings"]) == 3  # ann-cat, bob-dan and eve's
    return tmp_path / "event.json", json.loads(out.read_text())


def validate_file(path, result, tmp_path, name="edited.json"):
    edited = tmp_path / name
    edited.write_text(json.dumps(result))
    return main(["validate", str(path), str(edited)]), edited


def test_cli_validate_accepts_the_scheduled_event_file(scheduled, capsys):
    path, result = scheduled
    code, _ = validate_file(path, result, path.parent, "as-written.json")
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert captured.err == ""
    assert captured.out.startswith("valid  objective {'meetings': ")
    assert f"'weight': {result['statistics']['weight']}" in captured.out


def free_onsite_table(meetings, slot):
    used = {m["table"] for m in meetings if m["slot"] == slot}
    return next(t for t in ("T01", "T02") if t not in used)


def test_cli_validate_names_a_person_twice_in_one_slot(scheduled, tmp_path, capsys):
    path, result = scheduled
    result = copy.deepcopy(result)
    meetings = result["meetings"]
    (eves,) = [m for m in meetings if m["request"][0] == "eve@x.example"]
    partner = eves["request"][1]  # ann or bob, who meet cat or dan too
    (other,) = [m for m in meetings if partner in m["participants"] and m is not eves]
    eves.update(slot=other["slot"], table=free_onsite_table(meetings, other["slot"]))
    assert validate_file(path, result, tmp_path)[0] == 1
    captured = capsys.readouterr()
    _, names = event_file_instance(small_event_file())
    person, slot = names.participants.index(partner), names.slots.index(other["slot"])
    assert f"violation: participant {person} at most once in slot {slot}\n" in captured.err
    assert captured.out.startswith("INVALID  objective ")


def test_cli_validate_names_a_remote_person_at_an_onsite_table(scheduled, tmp_path, capsys):
    path, result = scheduled
    result = copy.deepcopy(result)
    meetings = result["meetings"]
    (remote,) = [m for m in meetings if m["request"][1] == "dan@x.example"]
    remote["table"] = free_onsite_table(meetings, remote["slot"])
    assert validate_file(path, result, tmp_path)[0] == 1
    _, names = event_file_instance(small_event_file())
    request = names.requests.index(("bob@x.example", "dan@x.example"))
    assert f"violation: request {request} needs a virtual room\n" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            lambda r: r["meetings"][0]["request"].__setitem__(1, "zed@x.example"),
            "meetings[0].request[1]: 'zed@x.example' is not in participants",
        ),
        (
            lambda r: r["meetings"][0].update(request=["dan@x.example", "eve@x.example"]),
            "meetings[0].request[1]: no accepted request between 'dan@x.example' "
            "and 'eve@x.example'",
        ),
        (
            lambda r: r["meetings"][1].update(slot="2019-06-05T09:20:00-04:00"),
            "meetings[1].slot: '2019-06-05T09:20:00-04:00' is not the start of one of the "
            "event's slots",
        ),
        (
            lambda r: r["meetings"][1].update(table="T99"),
            "meetings[1].table: 'T99' is not in tables",
        ),
        (lambda r: r["meetings"][2].pop("table"), "meetings[2].table: missing"),
        (lambda r: r.update(event="other"), "schedule.event: 'other' is not this file's 'small'"),
        (lambda r: r.pop("meetings"), "schedule.meetings: missing"),
    ],
)
def test_cli_validate_bad_schedule_is_one_line_naming_the_meeting(
    scheduled, tmp_path, capsys, change, problem
):
    path, result = scheduled
    result = copy.deepcopy(result)
    change(result)
    code, edited = validate_file(path, result, tmp_path)
    assert code == 2  # unreadable as a schedule of this file (1 is for an invalid one)
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", f"clustermeet: {edited}: {problem}\n")


def test_cli_validate_unreadable_files_are_one_line(scheduled, tmp_path, capsys):
    path, result = scheduled
    broken = tmp_path / "broken.json"
    broken.write_text('{"meetings": [')
    assert main(["validate", str(path), str(broken)]) == 2
    assert capsys.readouterr().err.startswith(f"clustermeet: {broken}: not valid JSON: ")
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"format": "someone-else"}))
    assert main(["validate", str(other), str(broken)]) == 2
    assert capsys.readouterr().err == (
        f"clustermeet: {other}: unknown \"format\" 'someone-else': expected "
        '"clustermeet-event" (an event file) or "clustermeet-schedule-input" '
        "(a scheduler input)\n"
    )
