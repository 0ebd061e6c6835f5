"""`clustermeet import` and `clustermeet schedule` read one file with one reader: they accept
and refuse the same files, naming the same problems."""

import copy

import pytest

from clustermeet.exchange.event_file.scheduling import event_file_instance
from clustermeet.exchange.event_import import import_event
from clustermeet.exchange.problems import EventFileRejected, ImportRejected
from tests.exchange.samples import D1_0900, row_counts, small_event_file

ANN, BOB = "ann@x.example", "bob@x.example"

SPOILS = {
    # What `schedule` used to accept and `import` refused: unknown organisations, people
    # missing from users.
    "unknown organisation": (
        lambda d: d["participants"][0].update(organisation="nowhere"),
        [("participants[0]", "organisation", "'nowhere' is not in organisations")],
    ),
    "person not in users": (
        lambda d: d["users"].pop(1),
        [("participants[0]", "email", "'ann@x.example' is not in users")],
    ),
    "min above max": (
        lambda d: d["participants"][2].update(min_meetings=3),
        [("participants[2]", "max_meetings", "expected at least min_meetings (3), got 2")],
    ),
    "overlong job title": (
        lambda d: d["participants"][0].update(job_title="x" * 300),
        [("participants[0]", "job_title", "300 characters; at most 200 are allowed")],
    ),
    "bad e-mail": (
        lambda d: d["users"][3].update(email="not-an-address"),
        [
            (
                "users[3]",
                "email",
                "expected an e-mail address such as anna@cluster.eu, got 'not-an-address'",
            ),
            ("participants[2]", "email", "'cat@x.example' is not in users"),
        ],
    ),
    "a person twice in one slot": (
        lambda d: d["schedules"][0]["meetings"].append(
            {"participants": [ANN, "cat@x.example"], "slot": D1_0900, "table": "T01"}
        ),
        [
            (
                "schedules[0].meetings[1]",
                "participants",
                f"'{ANN}' is at two meetings at once ({D1_0900}, as at schedules[0].meetings[0])",
            ),
            (
                "schedules[0].meetings[1]",
                "table",
                f"'T01' holds two meetings at once ({D1_0900}, as at schedules[0].meetings[0])",
            ),
        ],
    ),
    "overlapping sessions": (
        lambda d: d["sessions"].append(
            {
                "name": "Day 1 bis",
                "date": "2019-06-05",
                "start_time": "09:30",
                "end_time": "10:30",
                "slot_minutes": 30,
            }
        ),
        [
            (
                "sessions[1]",
                "start_time",
                "overlaps sessions[0]; sessions of one event may not overlap",
            )
        ],
    ),
    "wrong types": (
        lambda d: d["requests"][0].update(priority=True, created_at=20190520),
        [
            ("requests[0]", "created_at", "expected a date-time with its UTC offset, got 20190520"),
            ("requests[0]", "priority", "expected one of [1, 2, 3], got True"),
        ],
    ),
    "virtual table without link": (
        lambda d: d["tables"].append({"name": "V01", "kind": "virtual"}),
        [("tables[1]", "link", "a virtual table needs a link (its video-call address)")],
    ),
}


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(SPOILS))
def test_import_and_schedule_refuse_a_bad_file_with_the_same_problems(name):
    spoil, expected = SPOILS[name]
    data = copy.deepcopy(small_event_file())
    spoil(data)
    with pytest.raises(EventFileRejected) as by_schedule:
        event_file_instance(copy.deepcopy(data))
    before = row_counts()
    with pytest.raises(ImportRejected) as by_import:
        import_event(data, acting_user=None)
    assert row_counts() == before
    found = sorted((p.where, p.field, p.message) for p in by_import.value.problems)
    assert found == sorted(expected)
    assert by_import.value.problems == by_schedule.value.problems


@pytest.mark.django_db
def test_import_and_schedule_both_accept_the_good_file():
    instance, names = event_file_instance(small_event_file())
    event = import_event(small_event_file(), acting_user=None)
    assert event.participants.count() == len(names.participants) == 3
    assert event.slots.count() == len(instance.slot_days) == 3
