"""One test per hard constraint: the validator names the violation."""

from clustermeet.engine.scheduling.jair import FixedInstance, FixedMeeting, Session, validate_fixed


def instance(**changes):
    base = dict(
        n_participants=4,
        n_slots=4,
        n_tables=2,
        meetings=(FixedMeeting(0, 1), FixedMeeting(0, 2), FixedMeeting(2, 3)),
    )
    base.update(changes)
    return FixedInstance(**base)


def test_validate_fixed_accepts_compact_schedule():
    verdict = validate_fixed(instance(), [0, 1, 0], tables=[0, 0, 1])
    assert verdict.violations == ()
    assert verdict.objective == 0


def test_validate_fixed_counts_breaks():
    # participant 0 meets in slots 0 and 2, participant 2 in slots 2 and 0: one break each
    verdict = validate_fixed(instance(), [0, 2, 0])
    assert verdict.objective == 2


def test_validate_fixed_catches_participant_twice_in_slot():
    verdict = validate_fixed(instance(), [0, 0, 1])
    assert verdict.violations == ("participant 0 at most once in slot 0",)


def test_validate_fixed_catches_too_many_meetings_in_slot():
    verdict = validate_fixed(instance(n_tables=1), [0, 1, 0])
    assert verdict.violations == ("at most 1 meetings in slot 0",)


def test_validate_fixed_catches_morning_only_meeting_in_afternoon():
    meetings = (FixedMeeting(0, 1, Session.MORNING), FixedMeeting(0, 2), FixedMeeting(2, 3))
    verdict = validate_fixed(instance(meetings=meetings, n_morning=2), [2, 1, 0])
    assert verdict.violations == ("meeting 0 in slot 2 breaks session_allows",)


def test_validate_fixed_catches_afternoon_only_meeting_in_morning():
    meetings = (FixedMeeting(0, 1, Session.AFTERNOON), FixedMeeting(0, 2), FixedMeeting(2, 3))
    verdict = validate_fixed(instance(meetings=meetings, n_morning=2), [1, 2, 0])
    assert verdict.violations == ("meeting 0 in slot 1 breaks session_allows",)


def test_validate_fixed_catches_forbidden_slot():
    forbidden = (frozenset(), frozenset({0}), frozenset(), frozenset())
    verdict = validate_fixed(instance(forbidden=forbidden), [0, 1, 0])
    assert verdict.violations == ("meeting 0 in slot 0 breaks forbidden_allows",)


def test_validate_fixed_catches_moved_fixed_meeting():
    verdict = validate_fixed(instance(fixed=(None, None, 3)), [0, 1, 0])
    assert verdict.violations == ("meeting 2 in slot 0 breaks fixed_allows",)


def test_validate_fixed_catches_broken_precedence():
    precedences = (frozenset({1}), frozenset(), frozenset())
    verdict = validate_fixed(instance(precedences=precedences), [0, 1, 0])
    assert verdict.violations == ("meeting 1 before meeting 0",)


def test_validate_fixed_catches_unfair_breaks():
    meetings = (FixedMeeting(0, 1), FixedMeeting(0, 2), FixedMeeting(0, 3))
    verdict = validate_fixed(instance(meetings=meetings), [0, 2, 3], fairness=0)
    assert verdict.violations == ("fairness: breaks range 0..1 > 0",)


def test_validate_fixed_catches_missing_meeting():
    verdict = validate_fixed(instance(), [0, 1])
    assert verdict.violations == ("2 slots for 3 meetings",)


def test_validate_fixed_catches_shared_table():
    verdict = validate_fixed(instance(), [0, 1, 0], tables=[1, 0, 1])
    assert verdict.violations == ("meetings 0 and 2 share table 1 in slot 0",)
