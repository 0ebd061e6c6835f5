"""The reader's choices and lengths are the models': declared once each side, kept in step."""

import pytest

from clustermeet.accounts.models import User
from clustermeet.events.models import Delegation, Event, Session, Table
from clustermeet.exchange.event_file import records
from clustermeet.meetings.models import Meeting, Outcome, Request, Schedule
from clustermeet.profiles.models import Item, Organisation, Participant

MODELS = {
    "event": Event,
    "users": User,
    "delegations": Delegation,
    "organisations": Organisation,
    "sessions": Session,
    "tables": Table,
    "participants": Participant,
    "items": Item,
    "schedules": Schedule,
}


@pytest.mark.parametrize("section", sorted(records.MAX_LENGTH))
def test_reader_lengths_are_the_models_max_length(section):
    model = MODELS[section]
    for key, length in records.MAX_LENGTH[section].items():
        assert model._meta.get_field(key).max_length == length, (section, key)


@pytest.mark.parametrize(
    ("choices", "model", "field"),
    [
        (records.MEETING_POLICIES, Event, "meeting_policy"),
        (records.REQUEST_MODES, Event, "request_mode"),
        (records.ORGANISATION_TYPES, Organisation, "kind"),
        (records.TABLE_KINDS, Table, "kind"),
        (records.ATTENDANCE, Participant, "attendance"),
        (records.PRIORITIES, Request, "priority"),
        (records.REQUEST_STATUSES, Request, "status"),
        (records.SCHEDULE_STATES, Schedule, "state"),
        (records.MEETING_STATUSES, Meeting, "status"),
        (records.OUTCOME_KINDS, Outcome, "kind"),
        (records.ITEM_TYPES, Item, "kind"),
    ],
)
def test_reader_choices_are_the_models_choices(choices, model, field):
    assert list(choices) == [value for value, _ in model._meta.get_field(field).choices]
