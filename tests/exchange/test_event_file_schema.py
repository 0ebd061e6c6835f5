"""docs/event-file.schema.json describes the event file that export writes and import reads."""

import copy
import json
from datetime import datetime
from pathlib import Path

import jsonschema
import pytest

from clustermeet.demo.load import fixture_data
from clustermeet.events.models import Slot
from clustermeet.exchange.event_export import export_event
from clustermeet.meetings.domain.placement import place_meeting
from tests.factories import (
    TORONTO,
    make_event,
    make_participant,
    make_request,
    make_schedule,
    make_session,
    make_table,
)

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[2] / "docs" / "event-file.schema.json").read_text()
)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def errors(data):
    return sorted(
        (".".join(str(p) for p in error.absolute_path), error.message)
        for error in VALIDATOR.iter_errors(data)
    )


def test_schema_is_a_valid_draft_2020_12_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_demo_event_file_matches_the_schema():
    assert errors(fixture_data()) == []


@pytest.mark.django_db
def test_export_with_slots_schedules_and_outcomes_matches_the_schema():
    event = make_event()
    make_session(event)
    table = make_table(event, "T01")
    ann, bob = make_participant(event), make_participant(event)
    request = make_request(ann, bob, responded_at=datetime(2019, 5, 21, tzinfo=TORONTO))
    schedule = make_schedule(event)
    slot = Slot.objects.filter(session__event=event).first()
    meeting = place_meeting(schedule, [ann, bob], slot, table, request, locked=True)
    meeting.outcomes.create(
        participant=ann, kind="agreement", reported_at=datetime(2019, 6, 6, tzinfo=TORONTO)
    )
    data = export_event(event)
    assert data["sessions"][0]["slots"] and data["schedules"][0]["meetings"][0]["outcomes"]
    assert errors(data) == []


def test_schema_rejects_an_invalid_file():
    data = copy.deepcopy(fixture_data())
    data["format"] = "clustermeet-events"
    data["requests"][0]["priority"] = 7
    del data["participants"][3]["organisation"]
    data["participants"][4]["unavailable_slots"] = ["5 June, 2 pm"]
    found = errors(data)
    assert [path for path, _ in found] == [
        "format",
        "participants.3",
        "participants.4.unavailable_slots.0",
        "requests.0.priority",
    ]
    assert "'organisation' is a required property" in found[1][1]
    assert "7 is not one of [1, 2, 3]" in found[3][1]


def test_schema_refuses_a_user_with_a_password_or_a_flag():
    data = copy.deepcopy(fixture_data())
    data["users"][0]["password"] = "pbkdf2_sha256$1$salt$hash"
    data["users"][1]["is_staff"] = True
    assert [path for path, _ in errors(data)] == ["users.0", "users.1"]
