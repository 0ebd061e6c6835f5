"""The calendar feed over HTTP, read back with icalendar: one VEVENT per meeting whatever
happens to it (moved, re-scheduled in a new version, cancelled), its UID unchanged and its
SEQUENCE raised; full time-zone definitions; a revoked address answers 404."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from clustermeet.events.models import Table
from clustermeet.meetings.domain.calendar_links import renew_calendar_link
from clustermeet.meetings.domain.changes import cancel_meeting, move_meeting
from clustermeet.meetings.domain.placement import place_meeting
from clustermeet.meetings.domain.publishing import publish_schedule
from clustermeet.meetings.domain.requests import cancel_request
from clustermeet.meetings.domain.scheduling import schedule_event
from clustermeet.meetings.models import CalendarFeed, Meeting
from tests.factories import make_schedule
from tests.portal.agenda.agenda_world import build_agenda

pytestmark = pytest.mark.django_db
TORONTO = ZoneInfo("America/Toronto")


def _feed_url(world) -> str:
    feed = renew_calendar_link(world.me, acting_user=world.me.user)
    return reverse("portal:calendar-feed", kwargs={"slug": world.event.slug, "token": feed.token})


def _events(url: str) -> list[icalendar.Event]:
    response = Client().get(url)  # a calendar app: no cookie, no session
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.content)
    return list(calendar.walk("VEVENT"))


def _by_uid(url: str) -> dict[str, icalendar.Event]:
    found = _events(url)
    uids = [str(e["UID"]) for e in found]
    assert len(uids) == len(set(uids)), f"duplicate UIDs: {uids}"
    return {str(e["UID"]): e for e in found}


def _start(entry: icalendar.Event) -> datetime:
    return entry.decoded("DTSTART")


def test_feed_has_each_meeting_with_its_time_table_and_zone(agenda_world):
    url = _feed_url(agenda_world)
    response = Client().get(url)
    calendar = icalendar.Calendar.from_ical(response.content)
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "America/Toronto"
    assert {c.name for c in zone.subcomponents} == {"STANDARD", "DAYLIGHT"}
    entries = sorted(calendar.walk("VEVENT"), key=_start)
    first, second = (m.slot for m in agenda_world.meetings)
    assert [(_start(e), str(e["LOCATION"]), str(e["STATUS"])) for e in entries] == [
        (first.start.astimezone(TORONTO), "T01", "CONFIRMED"),
        (second.start.astimezone(TORONTO), "https://meet.example.org/room-a", "CONFIRMED"),
    ]
    assert _start(entries[0]).tzinfo.key == "America/Toronto"
    assert b"DTSTART;TZID=America/Toronto:20190605T090000" in response.content
    assert str(entries[0]["SUMMARY"]) == (
        f"Meeting with Partner0 Person ({agenda_world.partners[0].organisation.name})"
    )
    assert [int(e["SEQUENCE"]) for e in entries] == [0, 0]


def test_move_keeps_one_entry_with_the_same_uid_a_higher_sequence_and_the_new_time(
    agenda_world,
):
    url = _feed_url(agenda_world)
    before = _by_uid(url)
    meeting = agenda_world.meetings[0]
    (uid,) = [u for u, e in before.items() if _start(e) == meeting.slot.start]
    target = agenda_world.slots[3]
    move_meeting(meeting, target, agenda_world.tables[0], acting_user=agenda_world.organiser)
    after = _by_uid(url)
    assert sorted(after) == sorted(before)
    moved = after[uid]
    assert _start(moved) == target.start
    assert int(moved["SEQUENCE"]) == int(before[uid]["SEQUENCE"]) + 1 == 1
    other = next(u for u in after if u != uid)
    assert int(after[other]["SEQUENCE"]) == 0  # the meeting that did not move


def test_new_schedule_version_keeps_the_uid_and_raises_sequence_only_where_changed(
    agenda_world,
):
    url = _feed_url(agenda_world)
    before = _by_uid(url)
    w = agenda_world
    # Version 2 has new Meeting rows: the first meeting at another time, the second the same.
    v2 = make_schedule(w.event, version=2)
    first, second = w.meetings
    place_meeting(v2, [w.me, w.partners[0]], w.slots[4], w.tables[0], first.request)
    place_meeting(v2, [w.me, w.partners[1]], second.slot, second.table, second.request)
    publish_schedule(v2, acting_user=w.organiser)
    assert Meeting.objects.filter(schedule=v2).count() == 2
    after = _by_uid(url)
    assert sorted(after) == sorted(before)
    moved = next(u for u, e in before.items() if _start(e) == first.slot.start)
    kept = next(u for u in after if u != moved)
    assert (_start(after[moved]), int(after[moved]["SEQUENCE"])) == (w.slots[4].start, 1)
    assert (_start(after[kept]), int(after[kept]["SEQUENCE"])) == (second.slot.start, 0)


def test_rescheduling_with_the_solver_and_publishing_keeps_one_entry_per_meeting(agenda_world):
    w = agenda_world
    url = _feed_url(w)
    before = _by_uid(url)
    for meeting in w.meetings:  # locked: the solver keeps them where they are
        meeting.locked = True
        meeting.save(update_fields=["locked"])
    v2 = schedule_event(w.event, acting_user=w.organiser, time_limit=5, workers=1)
    publish_schedule(v2, acting_user=w.organiser)
    after = _by_uid(url)
    assert sorted(after) == sorted(before)
    assert [int(e["SEQUENCE"]) for e in after.values()] == [0, 0]


def test_cancelled_meeting_stays_once_as_cancelled_with_a_higher_sequence(agenda_world):
    url = _feed_url(agenda_world)
    before = _by_uid(url)
    meeting = agenda_world.meetings[1]
    uid = next(u for u, e in before.items() if _start(e) == meeting.slot.start)
    cancel_meeting(meeting, acting_user=agenda_world.organiser, reason="flight cancelled")
    after = _by_uid(url)
    assert sorted(after) == sorted(before)
    assert (str(after[uid]["STATUS"]), int(after[uid]["SEQUENCE"])) == ("CANCELLED", 1)


def test_meeting_dropped_from_a_new_version_stays_as_cancelled(agenda_world):
    """The request was withdrawn, and the next version has no meeting for the pair."""
    w = agenda_world
    url = _feed_url(w)
    before = _by_uid(url)
    first, second = w.meetings
    cancel_request(second.request, acting_user=w.me.user)
    cancelled_once = _by_uid(url)
    v2 = make_schedule(w.event, version=2)
    place_meeting(v2, [w.me, w.partners[0]], first.slot, first.table, first.request)
    publish_schedule(v2, acting_user=w.organiser)
    after = _by_uid(url)
    assert sorted(after) == sorted(before)
    uid = next(u for u, e in before.items() if _start(e) == second.slot.start)
    assert (str(cancelled_once[uid]["STATUS"]), int(cancelled_once[uid]["SEQUENCE"])) == (
        "CANCELLED",
        1,
    )
    # no longer in the schedule at all: still there, still cancelled, not raised again
    assert (str(after[uid]["STATUS"]), int(after[uid]["SEQUENCE"])) == ("CANCELLED", 1)
    assert _start(after[uid]) == second.slot.start


def test_both_sides_feeds_name_the_meeting_by_the_same_uid(agenda_world):
    w = agenda_world
    mine = _by_uid(_feed_url(w))
    feed = renew_calendar_link(w.partners[0], acting_user=w.partners[0].user)
    theirs = _by_uid(
        reverse("portal:calendar-feed", kwargs={"slug": w.event.slug, "token": feed.token})
    )
    assert len(theirs) == 1 and set(theirs) < set(mine)


def test_revoked_link_answers_404_and_the_new_one_works(agenda_world):
    old = _feed_url(agenda_world)
    client = agenda_world.client()
    response = client.post(reverse("portal:calendar-link", args=[agenda_world.event.slug]))
    assert response.status_code == 302
    assert Client().get(old).status_code == 404
    page = client.get(reverse("portal:agenda", args=[agenda_world.event.slug])).content.decode()
    new = CalendarFeed.objects.get(participant=agenda_world.me).token
    assert new in page and old.rsplit("/", 1)[1] not in page
    assert len(_events(f"/events/{agenda_world.event.slug}/calendar/{new}.ics")) == 2


def test_wrong_token_or_another_events_slug_answers_404(agenda_world):
    url = _feed_url(agenda_world)
    token = CalendarFeed.objects.get(participant=agenda_world.me).token
    other = build_agenda(1)
    assert Client().get(url.replace(token, token[:-1] + "x")).status_code == 404
    assert Client().get(url.replace(agenda_world.event.slug, other.event.slug)).status_code == 404
    assert Client().get(f"/events/{agenda_world.event.slug}/calendar/.ics").status_code == 404


def test_feed_takes_no_post(agenda_world):
    assert Client().post(_feed_url(agenda_world)).status_code == 405


@pytest.mark.parametrize("n", [1, 3])
def test_feed_query_count_does_not_grow_with_meetings(n):
    world = build_agenda(n)
    url = _feed_url(world)
    client = Client()
    client.get(url)  # warm caches outside the count (content types, zone data)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    assert len(queries) == FEED_QUERIES


# event, its scope, the feed token, the published schedule, meetings, seats, calendar
# entries, the other sides, accepted requests (contact details) and own outcomes
FEED_QUERIES = 10


def test_a_change_outside_the_verbs_still_raises_the_sequence(agenda_world):
    """A table renamed in set-up changes the LOCATION: the feed raises SEQUENCE by itself."""
    url = _feed_url(agenda_world)
    Table.objects.filter(pk=agenda_world.tables[0].pk).update(name="T01 (by the window)")
    entry = next(e for e in _events(url) if str(e["LOCATION"]).startswith("T01"))
    assert (str(entry["LOCATION"]), int(entry["SEQUENCE"])) == ("T01 (by the window)", 1)
