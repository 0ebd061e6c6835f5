"""A small event in the database whose every figure the tests compute by hand.

Two days: day 1 has slots 09:00, 09:20, 09:40; day 2 has 09:00, 09:20. Tables T1, T2.

| person | organisation | type | country | delegation | item | consents |
|---|---|---|---|---|---|---|
| a1 | Alpha (described) | cluster | BG | EU | yes | yes |
| a2 | Alpha | cluster | BG | EU | no | no |
| b1 | Beta (no description) | company | FR | EU | yes | no |
| c1 | Gamma (described) | cluster | CA | Canada | yes | no |

Requests, in this order: a1→c1 accepted, b1→c1 accepted, a2→b1 accepted, a2→c1 declined,
c1→a2 pending. The published schedule: M1 a1+c1 day 1 09:00 T1 held (a1: agreement, c1:
cooperation possible); M2 b1+c1 day 1 09:40 T1 held (b1: informative); M3 a2+b1 day 2 09:00
T2 no-show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from clustermeet.events.models import Delegation, Event
from clustermeet.meetings.domain.attendance import record_attendance, record_outcome
from clustermeet.meetings.domain.placement import place_meeting
from clustermeet.meetings.domain.publishing import publish_schedule
from clustermeet.meetings.models import Meeting
from clustermeet.profiles.models import Participant
from tests.factories import (
    TORONTO,
    make_event,
    make_item,
    make_organisation,
    make_participant,
    make_request,
    make_schedule,
    make_session,
    make_table,
)


@dataclass
class SmallEvent:
    event: Event
    people: dict[str, Participant]
    meetings: dict[str, Meeting]


def small_event(**event_fields: object) -> SmallEvent:
    fields = {"name": "Small Event", "start_date": date(2019, 6, 5), "end_date": date(2019, 6, 6)}
    event = make_event(**{**fields, **event_fields})
    make_session(event, name="Day 1", start_time=time(9, 0), end_time=time(10, 0))
    make_session(
        event, name="Day 2", date=date(2019, 6, 6), start_time=time(9, 0), end_time=time(9, 40)
    )
    slots = list(event.slots.order_by("start"))
    t1, t2 = make_table(event, "T1"), make_table(event, "T2")
    eu = Delegation.objects.create(event=event, name="EU")
    canada = Delegation.objects.create(event=event, name="Canada")
    alpha = make_organisation(
        event,
        name="Alpha",
        kind="cluster",
        country="BG",
        description="ICT cluster",
        ecosystems=["Digital"],
    )
    beta = make_organisation(
        event, name="Beta", kind="company", country="FR", description="", ecosystems=["Agri-food"]
    )
    gamma = make_organisation(
        event,
        name="Gamma",
        kind="cluster",
        country="CA",
        description="Supercluster",
        ecosystems=["Digital", "Agri-food"],
    )
    people = {
        "a1": make_participant(event, alpha, eu, named_in_report=True),
        "a2": make_participant(event, alpha, eu),
        "b1": make_participant(event, beta, eu),
        "c1": make_participant(event, gamma, canada),
    }
    for key in ("a1", "b1", "c1"):
        make_item(people[key])
    start = datetime(2019, 5, 20, 10, tzinfo=TORONTO)
    requests = {}
    for n, (who, whom, status) in enumerate(
        [("a1", "c1", "accepted"), ("b1", "c1", "accepted"), ("a2", "b1", "accepted"),
         ("a2", "c1", "declined"), ("c1", "a2", "pending")]
    ):  # fmt: skip
        responded = None if status == "pending" else start + timedelta(hours=n + 1)
        requests[(who, whom)] = make_request(
            people[who],
            people[whom],
            status=status,
            created_at=start + timedelta(minutes=n),
            responded_at=responded,
        )
    schedule = make_schedule(event)
    p = people
    meetings = {
        "M1": place_meeting(schedule, [p["a1"], p["c1"]], slots[0], t1, requests[("a1", "c1")]),
        "M2": place_meeting(schedule, [p["b1"], p["c1"]], slots[2], t1, requests[("b1", "c1")]),
        "M3": place_meeting(schedule, [p["a2"], p["b1"]], slots[3], t2, requests[("a2", "b1")]),
    }
    publish_schedule(schedule, acting_user=None)
    record_attendance(meetings["M1"], "held", acting_user=None)
    record_attendance(meetings["M2"], "held", acting_user=None)
    record_attendance(meetings["M3"], "no_show", acting_user=None)
    record_outcome(meetings["M1"], p["a1"], "agreement", acting_user=None)
    record_outcome(meetings["M1"], p["c1"], "cooperation_possible", acting_user=None)
    record_outcome(meetings["M2"], p["b1"], "informative", acting_user=None)
    return SmallEvent(event, people, meetings)


def grown_event(size: int) -> Event:
    """An event with `size` pairs of people from two organisations, each pair with an item
    each, an accepted request and a held meeting with an outcome: for query counts."""
    event = make_event()
    make_session(event, start_time=time(9, 0), end_time=time(11, 0))
    slots = list(event.slots.order_by("start"))
    schedule = make_schedule(event)
    placed = []
    for n in range(size):
        left = make_participant(event, make_organisation(event, description="x"))
        right = make_participant(event, make_organisation(event, country="CA"))
        make_item(left), make_item(right)
        request = make_request(left, right)
        placed.append(
            (
                place_meeting(
                    schedule, [left, right], slots[n], make_table(event, f"T{n}"), request
                ),
                left,
            )
        )
    publish_schedule(schedule, acting_user=None)
    for meeting, left in placed:
        record_attendance(meeting, "held", acting_user=None)
        record_outcome(meeting, left, "agreement", acting_user=None)
    return event
