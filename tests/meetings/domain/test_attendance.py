"""Check-in, held or no-show, outcomes; and publishing only what the validator accepts."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from clustermeet.audit.models import AuditEntry
from clustermeet.events.domain.organisers import make_organiser
from clustermeet.meetings.domain.attendance import check_in, record_attendance, record_outcome
from clustermeet.meetings.domain.behalf import act_on_behalf
from clustermeet.meetings.domain.placement import place_meeting
from clustermeet.meetings.domain.publishing import publish_schedule
from clustermeet.meetings.domain.scheduling import schedule_event
from clustermeet.meetings.models import Outcome
from tests.factories import (
    make_event,
    make_participant,
    make_request,
    make_schedule,
    make_session,
    make_table,
    make_user,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def held():
    event = make_event()
    make_session(event)
    slot = event.slots.order_by("start").first()
    table = make_table(event)
    ann, ben = make_participant(event), make_participant(event)
    make_request(ann, ben)
    schedule = make_schedule(event)
    meeting = place_meeting(schedule, [ann, ben], slot, table)
    organiser = make_user(first_name="Olga", last_name="Org")
    make_organiser(event, organiser)
    publish_schedule(schedule, acting_user=organiser)
    return event, meeting, ann, ben, organiser


def test_publish_refuses_a_schedule_the_validator_rejects():
    event = make_event()
    make_session(event)
    slot = event.slots.order_by("start").first()
    ann, ben = make_participant(event), make_participant(event)
    make_request(ann, ben)
    ann.unavailable_slots.set([slot], through_defaults={"event": event})
    schedule = make_schedule(event)
    place_meeting(schedule, [ann, ben], slot, make_table(event))
    with pytest.raises(ValidationError, match="was not published: 1 problem"):
        publish_schedule(schedule, acting_user=None)
    schedule.refresh_from_db()
    assert schedule.state == "draft"


def test_publish_refuses_a_meeting_without_an_accepted_request():
    event = make_event()
    make_session(event)
    ann, ben = make_participant(event), make_participant(event)
    schedule = make_schedule(event)
    place_meeting(schedule, [ann, ben], event.slots.first(), make_table(event))
    with pytest.raises(ValidationError, match="has no accepted request"):
        publish_schedule(schedule, acting_user=None)


def test_schedule_event_is_for_organisers_only():
    event = make_event()
    with pytest.raises(PermissionDenied):
        schedule_event(event, acting_user=make_user(), time_limit=1)


def test_check_in_is_recorded_once_and_audited(held):
    event, _, ann, _, organiser = held
    first = check_in(ann, acting_user=organiser).checked_in_at
    assert check_in(ann, acting_user=organiser).checked_in_at == first
    assert AuditEntry.objects.filter(verb="check_in").count() == 2


def test_attendance_by_a_stranger_is_refused(held):
    _, meeting, _, _, _ = held
    with pytest.raises(PermissionDenied):
        record_attendance(meeting, "held", acting_user=make_user())


def test_no_show_has_no_outcome(held):
    _, meeting, ann, _, _ = held
    record_attendance(meeting, "no_show", acting_user=ann.user)
    with pytest.raises(ValidationError, match="no-show"):
        record_outcome(meeting, ann, "agreement", acting_user=ann.user)


def test_each_side_records_their_own_outcome(held):
    _, meeting, ann, ben, _ = held
    record_attendance(meeting, "held", acting_user=ann.user)
    record_outcome(meeting, ann, "agreement", "MoU signed", acting_user=ann.user)
    with pytest.raises(PermissionDenied):
        record_outcome(meeting, ben, "none", acting_user=ann.user)
    record_outcome(meeting, ann, "cooperation_possible", acting_user=ann.user)  # changes it
    assert list(Outcome.objects.values_list("participant", "kind")) == [
        (ann.pk, "cooperation_possible")
    ]
    assert AuditEntry.objects.filter(verb="record_outcome").first().before == {
        "kind": "agreement",
        "comment": "MoU signed",
    }


def test_organiser_acting_for_a_participant_is_in_the_log(held):
    _, meeting, ann, _, organiser = held
    record_attendance(meeting, "held", acting_user=organiser)
    act_on_behalf(ann, record_outcome, meeting, ann, "informative", acting_user=organiser)
    entries = list(AuditEntry.objects.filter(verb__in=["act_on_behalf", "record_outcome"]))
    assert {(e.verb, e.actor_id, e.on_behalf_of_id) for e in entries} == {
        ("act_on_behalf", organiser.pk, ann.user_id),
        ("record_outcome", organiser.pk, ann.user_id),
    }


def test_act_on_behalf_is_for_organisers_only(held):
    _, meeting, ann, ben, _ = held
    with pytest.raises(PermissionDenied):
        act_on_behalf(ann, record_outcome, meeting, ann, "none", acting_user=ben.user)
