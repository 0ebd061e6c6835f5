"""Calendar entries: what feeds showed, kept by the verbs that change a published schedule;
and the verbs of the agenda (the calendar link, the report after a meeting)."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from clustermeet.meetings.domain.after_meeting import report_meeting
from clustermeet.meetings.domain.attendance import record_attendance
from clustermeet.meetings.domain.calendar_links import participant_of_feed, renew_calendar_link
from clustermeet.meetings.domain.changes import move_meeting
from clustermeet.meetings.models import CalendarEntry, Meeting
from tests.event_world import last_entry
from tests.portal.agenda.agenda_world import build_agenda

pytestmark = pytest.mark.django_db


def _sequences(world) -> list[int]:
    entries = CalendarEntry.objects.filter(participant=world.me).order_by("start")
    return list(entries.values_list("sequence", flat=True))


def test_publishing_makes_one_entry_per_person_and_meeting():
    world = build_agenda(2)
    assert CalendarEntry.objects.count() == 4  # two meetings, two sides each
    assert _sequences(world) == [0, 0]


def test_held_or_no_show_changes_nothing_a_calendar_shows():
    world = build_agenda(1)
    record_attendance(world.meetings[0], "held", acting_user=world.organiser)
    move_meeting(world.meetings[0], world.slots[2], world.tables[0], acting_user=world.organiser)
    assert _sequences(world) == [1]  # the move, not the attendance


def test_moves_back_and_forth_raise_the_sequence_each_time():
    world = build_agenda(1)
    meeting = world.meetings[0]
    home = meeting.slot
    move_meeting(meeting, world.slots[2], world.tables[0], acting_user=world.organiser)
    move_meeting(
        Meeting.objects.get(pk=meeting.pk), home, world.tables[0], acting_user=world.organiser
    )
    assert _sequences(world) == [2]


def test_schedule_published_without_entries_gets_them_before_its_first_move():
    """A schedule imported as published has no entries yet: the move still raises it."""
    world = build_agenda(1)
    CalendarEntry.objects.all().delete()
    move_meeting(world.meetings[0], world.slots[2], world.tables[0], acting_user=world.organiser)
    assert _sequences(world) == [1]


def test_calendar_link_is_renewed_by_its_owner_only_and_the_old_one_stops_working():
    world = build_agenda(1)
    first = renew_calendar_link(world.me, acting_user=world.me.user).token
    assert participant_of_feed(world.event.pk, first) == world.me
    second = renew_calendar_link(world.me, acting_user=world.me.user).token
    assert len(second) == 43 and second != first
    assert participant_of_feed(world.event.pk, first) is None
    assert last_entry("renew_calendar_link").before == {"had_link": True}
    with pytest.raises(PermissionDenied):
        renew_calendar_link(world.me, acting_user=world.partners[0].user)


def test_report_by_someone_outside_the_meeting_is_refused():
    world = build_agenda(2)
    meeting = world.meetings[0]
    outsider = world.partners[1]
    with pytest.raises(PermissionDenied):
        report_meeting(meeting, outsider, "held", "none", acting_user=outsider.user)
    with pytest.raises(PermissionDenied, match="Each person records their own outcome"):
        report_meeting(meeting, world.partners[0], "held", "none", acting_user=world.me.user)


def test_report_with_a_made_up_attendance_is_refused():
    world = build_agenda(1)
    with pytest.raises(ValidationError, match="held or the other side did not come"):
        report_meeting(world.meetings[0], world.me, "maybe", acting_user=world.me.user)
