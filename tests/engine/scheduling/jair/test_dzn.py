from clustermeet.engine.scheduling.jair import (
    DznError,
    FixedInstance,
    FixedMeeting,
    Session,
    format_dzn,
    parse_dzn,
)

SMALL = """% a tiny instance written by the test
nBusiness = 3;
nMeetings = 2;
nTables = 1;
nTotalSlots = 4;
nMorningSlots = 2;
requested = [|1, 2,1,
|3, 1,2,
|];
meetingsxBusiness = [{1,2,3},{1,2},{1,3}];
nMeetingsBusiness = [2,1,1];
forbidden = [{0},{2..3},{4}];
fixed = [0,3];
precedences = [{},{1}];
"""


def test_parse_dzn_reads_small_file(tmp_path):
    path = tmp_path / "small.dzn"
    path.write_text(SMALL)
    instance = parse_dzn(path.read_text())
    assert instance == FixedInstance(
        n_participants=3,
        n_slots=4,
        n_tables=1,
        meetings=(FixedMeeting(0, 1, Session.MORNING), FixedMeeting(2, 0, Session.AFTERNOON)),
        n_morning=2,
        forbidden=(frozenset(), frozenset({1, 2}), frozenset({3})),
        fixed=(None, 2),
        precedences=(frozenset(), frozenset({0})),
    )


def test_format_dzn_round_trips():
    instance = parse_dzn(SMALL)
    assert parse_dzn(format_dzn(instance)) == instance


def test_parse_dzn_rejects_wrong_meeting_count():
    try:
        parse_dzn(SMALL.replace("nMeetings = 2", "nMeetings = 3"))
    except DznError as error:
        assert "requested" in str(error)
    else:
        raise AssertionError("expected DznError")
