"""A small event whose every figure the tests work out by hand.

Six people of five organisations from three countries (P6 never registered; P4, a colleague
of P2, has an incomplete profile), six slots over two days whose indexes skip 12 (so slot 13
follows slot 11), two tables, eight requests, five meetings (three held, one no-show, one
cancelled) and seven outcome reports with two disagreements:

| meeting | people (org, country) | slot (day) | table | status | reports |
|---|---|---|---|---|---|
| M1 | P1 (10 BG), P2 (20 CA) | 10 (5 June) | T1 | held | P1 agreement, P2 agreement |
| M2 | P1, P3 (30 FR) | 14 (5 June) | T1 | held | P1 informative, P3 none |
| M3 | P3, P2, P4 (20 CA) | 20 (6 June) | T2 | held | P3 cooperation, P2 none |
| M4 | P5 (40 BG), P2 | 11 (5 June) | T2 | no-show | P5 informative |
| M5 | P1, P5 | 21 (6 June) | T1 | cancelled | — |
"""

from datetime import date, datetime

from clustermeet.engine.reporting import (
    Baseline,
    EventData,
    EventInfo,
    Meeting,
    MeetingStatus,
    OrganisationType,
    Outcome,
    OutcomeKind,
    Participant,
    Request,
    RequestStatus,
    Slot,
    Table,
)

CLUSTER, COMPANY, RESEARCH = (
    OrganisationType.CLUSTER,
    OrganisationType.COMPANY,
    OrganisationType.RESEARCH,
)
DAY1, DAY2 = date(2019, 6, 5), date(2019, 6, 6)

INFO = EventInfo(
    name="EU–Canada Cluster Matchmaking Event 2019",
    start=date(2019, 6, 5),
    end=date(2019, 6, 7),
    as_of=date(2019, 6, 14),
    city="Toronto",
    city_names=(("bg", "Торонто"),),
)

PARTICIPANTS = (
    Participant(1, 10, "BG", CLUSTER, "Sofia Knowledge City", "EU", ("Digital",), named=True),
    Participant(
        2, 20, "CA", CLUSTER, "Protein Industries Canada", "Canada", ("Digital", "Agri-food"),
        named=True,
    ),
    Participant(3, 30, "FR", COMPANY, "Agro Lyon", "EU", ("Agri-food",)),
    Participant(
        4, 20, "CA", CLUSTER, "Protein Industries Canada", "Canada", ("Digital",),
        profile_complete=False,
    ),
    Participant(5, 40, "BG", RESEARCH, "Plovdiv Food Lab", "EU", ("Health",)),
    Participant(6, 50, "CA", COMPANY, "Maple Robotics", None, (), registered=False),
)  # fmt: skip


def _at(day: int, hour: int) -> datetime:
    return datetime(2019, 6, day, hour)


REQUESTS = (
    Request(1, 2, RequestStatus.ACCEPTED, _at(1, 9), _at(1, 11)),  # 2 h
    Request(1, 3, RequestStatus.ACCEPTED, _at(1, 10), _at(2, 10)),  # 24 h
    Request(3, 2, RequestStatus.ACCEPTED, _at(2, 8), _at(2, 12)),  # 4 h
    Request(5, 2, RequestStatus.ACCEPTED, _at(2, 9), _at(2, 10)),  # 1 h
    Request(4, 1, RequestStatus.DECLINED, _at(2, 9), _at(3, 9)),  # 24 h
    Request(5, 3, RequestStatus.PENDING, _at(3, 9)),
    Request(6, 1, RequestStatus.EXPIRED, _at(1, 9)),
    Request(2, 5, RequestStatus.CANCELLED, _at(1, 12)),
)

SLOTS = (
    Slot(10, DAY1, "Day 1"),
    Slot(11, DAY1, "Day 1"),
    Slot(13, DAY1, "Day 1"),
    Slot(14, DAY1, "Day 1"),
    Slot(20, DAY2, "Day 2"),
    Slot(21, DAY2, "Day 2"),
)

TABLES = (Table(1, "T1"), Table(2, "T2"))

MEETINGS = (
    Meeting(1, (1, 2), 10, 1, MeetingStatus.HELD),
    Meeting(2, (1, 3), 14, 1, MeetingStatus.HELD),
    Meeting(3, (3, 2, 4), 20, 2, MeetingStatus.HELD),
    Meeting(4, (5, 2), 11, 2, MeetingStatus.NO_SHOW),
    Meeting(5, (1, 5), 21, 1, MeetingStatus.CANCELLED),
)

OUTCOMES = (
    Outcome(1, 1, OutcomeKind.AGREEMENT),
    Outcome(1, 2, OutcomeKind.AGREEMENT),
    Outcome(2, 1, OutcomeKind.INFORMATIVE),
    Outcome(2, 3, OutcomeKind.NONE),
    Outcome(3, 3, OutcomeKind.COOPERATION_POSSIBLE),
    Outcome(3, 2, OutcomeKind.NONE),
    Outcome(4, 5, OutcomeKind.INFORMATIVE),
)

EVENT = EventData(
    info=INFO,
    participants=PARTICIPANTS,
    requests=REQUESTS,
    slots=SLOTS,
    tables=TABLES,
    meetings=MEETINGS,
    outcomes=OUTCOMES,
    baseline=Baseline(meetings=3, breaks=2),
)
