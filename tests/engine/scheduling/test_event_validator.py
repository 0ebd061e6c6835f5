"""Selection mode: one test per hard constraint, the validator names the violation."""

from clustermeet.engine.scheduling.event_model import (
    EventInstance,
    Lock,
    Participant,
    Placement,
    Request,
    Table,
)
from clustermeet.engine.scheduling.event_validator import validate_event


def event(**changes):
    base = dict(
        slot_days=(0, 0, 0, 1),
        tables=(Table("T1"), Table("T2"), Table("V1", virtual=True)),
        participants=(
            Participant(0),
            Participant(0),
            Participant(1),
            Participant(2, remote=True),
        ),
        seats=(2, 1, 1),
        requests=(Request(0, 2), Request(1, 2), Request(0, 3), Request(1, 3)),
    )
    base.update(changes)
    return EventInstance(**base)


def test_validate_event_accepts_valid_schedule():
    placements = [Placement(0, 0, 0), Placement(1, 1, 0), Placement(2, 1, 2)]
    verdict = validate_event(event(), placements)
    assert verdict.violations == ()
    assert (verdict.summary["meetings"], verdict.summary["breaks"]) == (3, 0)


def test_validate_event_catches_participant_twice_in_slot():
    verdict = validate_event(event(), [Placement(0, 0, 0), Placement(1, 0, 1)])
    # participant 2 is also the only seat of organisation 1
    assert verdict.violations == (
        "participant 2 at most once in slot 0",
        "organisation 1 at most 1 meetings in slot 0",
    )


def test_validate_event_catches_unavailable_participant():
    people = (
        event().participants[:2]
        + (Participant(1, unavailable=frozenset({0})),)
        + (event().participants[3],)
    )
    verdict = validate_event(event(participants=people), [Placement(0, 0, 0)])
    assert verdict.violations == ("request 0 in slot 0 breaks available_allows",)


def test_validate_event_catches_organisation_over_its_seats():
    verdict = validate_event(event(seats=(1, 1, 1)), [Placement(0, 0, 0), Placement(3, 0, 2)])
    assert verdict.violations == ("organisation 0 at most 1 meetings in slot 0",)


def test_validate_event_catches_table_used_twice():
    verdict = validate_event(event(), [Placement(0, 0, 0), Placement(2, 1, 2), Placement(1, 1, 2)])
    assert verdict.violations == (
        "request 1 needs an on-site table",
        "requests 2 and 1 share table 2 in slot 1",
    )


def test_validate_event_catches_remote_participant_at_onsite_table():
    verdict = validate_event(event(), [Placement(2, 0, 0)])
    assert verdict.violations == ("request 2 needs a virtual room",)


def test_validate_event_catches_too_many_meetings_for_tables():
    people = event().participants + (Participant(3), Participant(4))
    requests = event().requests + (Request(4, 5),)
    tables = (Table("T1"), Table("V1", virtual=True))
    verdict = validate_event(
        event(participants=people, requests=requests, tables=tables, seats=(2, 1, 1, 1, 1)),
        [Placement(0, 0, 0), Placement(4, 0, 0)],
    )
    assert verdict.violations == (
        "at most 1 on-site meetings in slot 0",
        "requests 0 and 4 share table 0 in slot 0",
    )


def test_validate_event_catches_request_held_twice():
    verdict = validate_event(event(), [Placement(0, 0, 0), Placement(0, 1, 0)])
    assert verdict.violations == ("request 0 held at most once",)


def test_validate_event_catches_per_participant_maximum():
    people = (
        Participant(0),
        Participant(0),
        Participant(1, max_meetings=1),
        Participant(2, remote=True),
    )
    verdict = validate_event(event(participants=people), [Placement(0, 0, 0), Placement(1, 1, 0)])
    assert verdict.violations == ("participant 2 at most 1 meetings",)


def test_validate_event_catches_moved_lock():
    locked = event(locks=(Lock(0, 2, 1),))
    verdict = validate_event(locked, [Placement(0, 0, 0)])
    assert verdict.violations == ("request 0 in slot 0 breaks lock_allows",)
    verdict = validate_event(locked, [Placement(0, 2, 0)])
    assert verdict.violations == ("locked request 0 moved from table 1",)
    verdict = validate_event(locked, [])
    assert verdict.violations == ("locked request 0 stays in slot 2",)


def test_validate_event_counts_breaks_within_a_day_only():
    # Participant 2 meets in slots 0 and 2 (a break) and participant 0 in slots 0 and 3
    # (next day: no break).
    placements = [Placement(0, 0, 0), Placement(1, 2, 0), Placement(2, 3, 2)]
    assert validate_event(event(), placements).summary["breaks"] == 1


def test_summary_counts_people_left_without_any_meeting():
    # Request 0 (people 0 and 2) held: 1 and 3 asked and got nothing.
    summary = validate_event(event(), [Placement(0, 0, 0)]).summary
    assert (summary["unserved"], summary["min_share"]) == (2, 0.0)
    assert validate_event(event(), []).summary["unserved"] == 4
