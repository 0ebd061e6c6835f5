"""Inconsistent event data is refused with one line naming what is wrong."""

from dataclasses import replace
from datetime import date

import pytest

from clustermeet.engine.reporting import (
    Meeting,
    Outcome,
    OutcomeKind,
    ReportInputError,
    compute_figures,
)
from tests.engine.reporting.fixture import EVENT, MEETINGS, OUTCOMES, PARTICIPANTS, REQUESTS


def _refused(message: str, **changes) -> None:
    with pytest.raises(ReportInputError) as caught:
        compute_figures(replace(EVENT, **changes))
    assert str(caught.value) == message


def test_validation_refuses_a_repeated_participant_id():
    _refused(
        "participant 1 appears twice; expected unique ids",
        participants=PARTICIPANTS + (PARTICIPANTS[0],),
    )


def test_validation_refuses_a_country_that_is_not_an_iso_code():
    _refused(
        "participant 1: country 'Bulgaria', expected an ISO 3166 alpha-2 code such as 'BG'",
        participants=(replace(PARTICIPANTS[0], country="Bulgaria"),) + PARTICIPANTS[1:],
    )


def test_validation_refuses_a_request_to_an_unknown_participant():
    _refused(
        "request 1→99: participant 99 is unknown; expected one of the event's participant ids",
        requests=REQUESTS + (replace(REQUESTS[0], requested=99),),
    )


def test_validation_refuses_an_unknown_status():
    _refused(
        "meeting 1 status: got 'done', expected one of scheduled, held, no_show, cancelled",
        meetings=(replace(MEETINGS[0], status="done"),) + MEETINGS[1:],
    )


def test_validation_refuses_a_meeting_of_one_person():
    _refused(
        "meeting 9: participants [1, 1], expected two or more different people",
        meetings=MEETINGS + (Meeting(9, (1, 1), 10, 1),),
    )


def test_validation_refuses_a_meeting_in_an_unknown_slot():
    _refused(
        "meeting 9: slot 12 is unknown; expected one of the slot indexes",
        meetings=MEETINGS + (Meeting(9, (1, 2), 12, 1),),
    )


def test_validation_refuses_an_outcome_from_someone_not_in_the_meeting():
    _refused(
        "outcome of meeting 1: participant 3 was not in it; expected one of [1, 2]",
        outcomes=OUTCOMES + (Outcome(1, 3, OutcomeKind.NONE),),
    )


def test_validation_refuses_two_outcomes_of_one_person_for_one_meeting():
    _refused(
        "outcome of meeting 1: participant 1 reported twice; expected one outcome per "
        "participant and meeting",
        outcomes=OUTCOMES + (Outcome(1, 1, OutcomeKind.NONE),),
    )


def test_validation_refuses_an_event_that_ends_before_it_starts():
    _refused(
        "event 'EU–Canada Cluster Matchmaking Event 2019': ends 2019-06-01 before it starts "
        "2019-06-05",
        info=replace(EVENT.info, end=date(2019, 6, 1)),
    )
