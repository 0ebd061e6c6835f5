"""A small event the scheduler solves in well under a second: 4 people, 3 slots, 2 tables."""

from __future__ import annotations

from datetime import time
from typing import Any

from tests.factories import (
    make_event,
    make_organisation,
    make_participant,
    make_request,
    make_session,
    make_table,
)


def small_event() -> tuple[Any, dict[str, Any]]:
    event = make_event()
    make_session(event, start_time=time(9, 0), end_time=time(10, 0))  # 3 slots of 20 min
    make_table(event, "T01")
    make_table(event, "T02")
    acme = make_organisation(event)
    people = {
        "ann": make_participant(event, organisation=acme),
        "bob": make_participant(event, organisation=acme),
        "cat": make_participant(event),
        "dan": make_participant(event),
    }
    make_request(people["ann"], people["cat"])
    make_request(people["bob"], people["dan"], priority=3)
    make_request(people["ann"], people["dan"])
    return event, people
