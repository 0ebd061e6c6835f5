"""My agenda over HTTP: both clocks, table or room, the other side, contacts only once agreed,
changes shown as such, and the small forms with their refusals."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from clustermeet.audit.models import AuditEntry
from clustermeet.meetings.domain.changes import cancel_meeting, move_meeting
from clustermeet.meetings.domain.placement import place_meeting
from clustermeet.profiles.models import Participant
from tests.factories import make_participant
from tests.portal.agenda.agenda_world import build_agenda

pytestmark = pytest.mark.django_db


def _page(world, client=None) -> str:
    client = client or world.client()
    response = client.get(reverse("portal:agenda", args=[world.event.slug]))
    assert response.status_code == 200
    return response.content.decode()


def test_agenda_shows_both_clocks_table_room_and_the_other_side(agenda_world):
    text = _page(agenda_world)
    # 09:00 in Toronto is 16:00 in Sofia (both on summer time in June)
    assert "09:00–09:20" in text and "Wed 5 Jun, 16:00–16:20" in text
    assert "America/Toronto" in text and "Europe/Sofia" in text
    assert '<span class="table-name">T01</span>' in text
    assert 'href="https://meet.example.org/room-a"' in text
    partner = agenda_world.partners[0]
    assert f'href="/events/{agenda_world.event.slug}/participants/{partner.pk}/"' in text
    assert partner.user.email in text and partner.phone in text  # the request was accepted


def test_agenda_hides_contacts_without_an_agreed_request(agenda_world):
    w = agenda_world
    stranger = make_participant(w.event, phone="+359 2 555 0199")
    place_meeting(w.schedule, [w.me, stranger], w.slots[2], w.tables[0])  # organiser-placed
    text = _page(w)
    assert stranger.user.display_name in text
    assert stranger.user.email not in text and stranger.phone not in text
    assert "Contact details appear once you have both agreed to meet." in text


def test_agenda_in_the_events_own_zone_shows_one_clock(agenda_world):
    Participant.objects.filter(pk=agenda_world.me.pk).update(time_zone="")
    text = _page(agenda_world)
    assert "09:00–09:20" in text and 'class="own-time"' not in text


def test_agenda_shows_moved_and_cancelled_meetings_as_such(agenda_world):
    w = agenda_world
    first, second = w.meetings
    move_meeting(first, w.slots[3], w.tables[0], acting_user=w.organiser)
    cancel_meeting(second, acting_user=w.organiser)
    text = _page(w)
    assert '<span class="status moved">Moved</span>' in text
    assert "was Wed 5 Jun, 09:00, T01" in text
    assert '<span class="status cancelled">Cancelled</span>' in text
    assert text.count('class="agenda-entry') == 2


def test_agenda_without_a_published_schedule_says_so(db):
    world = build_agenda(1, publish=False)
    assert "No published agenda yet." in _page(world)


def test_agenda_is_its_owners_alone(agenda_world):
    url = reverse("portal:agenda", args=[agenda_world.event.slug])
    response = Client().get(url)
    assert response.status_code == 302 and "/login/" in response["Location"]
    outsider = build_agenda(1).me.user
    assert agenda_world.client(outsider).get(url).status_code == 404
    # the organiser takes no part: no agenda of their own here
    assert agenda_world.client(agenda_world.organiser).get(url).status_code == 404


def test_home_links_to_the_agenda_and_privacy(agenda_world):
    text = agenda_world.client().get(reverse("portal:home")).content.decode()
    assert f'href="/events/{agenda_world.event.slug}/agenda/"' in text
    assert 'href="/me/privacy/"' in text


@pytest.mark.parametrize("n", [1, 3])
def test_agenda_query_count_does_not_grow_with_meetings(n):
    world = build_agenda(n)
    client = world.client()
    url = reverse("portal:agenda", args=[world.event.slug])
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    assert len(queries) == PAGE_QUERIES, "\n".join(q["sql"][:120] for q in queries)


# session, user, the scope's event, me, the published schedule, my meetings, their seats,
# calendar entries, the other sides, accepted requests, own outcomes, the feed link, and
# the navigation's events (base.html)
PAGE_QUERIES = 13


# -- time zone -------------------------------------------------------------------------


def _post(world, name, data, *args):
    url = reverse(f"portal:{name}", args=[world.event.slug, *args])
    return world.client().post(url, data, follow=True)


def test_time_zone_is_saved_and_audited(agenda_world):
    response = _post(agenda_world, "agenda-time-zone", {"time_zone": "Asia/Tokyo"})
    assert "Your time zone is saved." in response.content.decode()
    agenda_world.me.refresh_from_db()
    assert agenda_world.me.time_zone == "Asia/Tokyo"
    entry = AuditEntry.objects.filter(verb="set_time_zone").get()
    assert (entry.actor, entry.before, entry.after) == (
        agenda_world.me.user,
        {"time_zone": "Europe/Sofia"},
        {"time_zone": "Asia/Tokyo"},
    )
    assert "22:00–22:20" in _page(agenda_world)  # 09:00 in Toronto is 22:00 in Tokyo


def test_time_zone_that_is_not_one_is_refused_with_the_reason(agenda_world):
    response = _post(agenda_world, "agenda-time-zone", {"time_zone": "Mars/Olympus"})
    assert response.status_code == 200
    assert "&#x27;Mars/Olympus&#x27; is not a time zone" in response.content.decode()
    agenda_world.me.refresh_from_db()
    assert agenda_world.me.time_zone == "Europe/Sofia"


def test_time_zone_of_the_event_is_stored_as_the_events_own(agenda_world):
    _post(agenda_world, "agenda-time-zone", {"time_zone": "America/Toronto"})
    agenda_world.me.refresh_from_db()
    assert agenda_world.me.time_zone == ""


# -- consent to be named ---------------------------------------------------------------


def test_consent_to_be_named_is_set_and_withdrawn(agenda_world):
    _post(agenda_world, "agenda-consent", {"named_in_report": "on"})
    agenda_world.me.refresh_from_db()
    assert agenda_world.me.named_in_report is True
    response = _post(agenda_world, "agenda-consent", {})
    assert "The report will not name you or your organisation." in response.content.decode()
    agenda_world.me.refresh_from_db()
    assert agenda_world.me.named_in_report is False
    assert [
        e.after for e in AuditEntry.objects.filter(verb="set_named_in_report").order_by("pk")
    ] == [
        {"named_in_report": True},
        {"named_in_report": False},
    ]


# -- after each meeting ----------------------------------------------------------------


def test_report_records_held_and_own_outcome_never_shown_to_the_other_side(agenda_world):
    w = agenda_world
    meeting = w.meetings[0]
    response = _post(
        w,
        "agenda-report",
        {"attendance": "held", "kind": "agreement", "comment": "MoU to sign in Sofia"},
        meeting.pk,
    )
    assert "your report on this meeting is saved" in response.content.decode()
    meeting.refresh_from_db()
    assert meeting.status == "held"
    outcome = meeting.outcomes.get()
    assert (outcome.participant, outcome.kind, outcome.comment) == (
        w.me,
        "agreement",
        "MoU to sign in Sofia",
    )
    assert "Your report: Agreement" in _page(w)
    theirs = _page(w, w.client(w.partners[0].user))
    assert "MoU to sign in Sofia" not in theirs and "Your report" not in theirs
    assert "How did it go?" in theirs


def test_report_no_show_records_no_outcome(agenda_world):
    meeting = agenda_world.meetings[0]
    _post(agenda_world, "agenda-report", {"attendance": "no_show"}, meeting.pk)
    meeting.refresh_from_db()
    assert (meeting.status, meeting.outcomes.count()) == ("no_show", 0)


def test_report_held_without_an_outcome_is_refused_with_the_reason(agenda_world):
    meeting = agenda_world.meetings[0]
    response = _post(agenda_world, "agenda-report", {"attendance": "held"}, meeting.pk)
    assert "Choose what the meeting led to" in response.content.decode()
    meeting.refresh_from_db()
    assert meeting.status == "scheduled"


def test_report_with_a_made_up_outcome_is_refused(agenda_world):
    meeting = agenda_world.meetings[0]
    response = _post(
        agenda_world, "agenda-report", {"attendance": "held", "kind": "merger"}, meeting.pk
    )
    assert "What did it lead to?: Select a valid choice." in response.content.decode()
    assert meeting.outcomes.count() == 0


def test_report_before_the_meeting_begins_is_refused(db):
    start = timezone.localdate() + timedelta(days=30)
    future = build_agenda(1, start_date=start, end_date=start + timedelta(days=2))
    meeting = future.meetings[0]
    response = _post(future, "agenda-report", {"attendance": "held", "kind": "none"}, meeting.pk)
    assert "This meeting has not begun yet" in response.content.decode()
    assert "How did it go?" not in _page(future)
    meeting.refresh_from_db()
    assert meeting.status == "scheduled"


def test_report_on_someone_elses_meeting_is_404(agenda_world):
    w = agenda_world
    other = make_participant(w.event)
    theirs = place_meeting(w.schedule, [w.partners[0], other], w.slots[5], w.tables[0])
    url = reverse("portal:agenda-report", args=[w.event.slug, theirs.pk])
    response = w.client().post(url, {"attendance": "no_show"})
    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.status == "scheduled"


def test_report_on_a_cancelled_meeting_is_refused(agenda_world):
    w = agenda_world
    meeting = w.meetings[0]
    cancel_meeting(meeting, acting_user=w.organiser)
    response = _post(w, "agenda-report", {"attendance": "held", "kind": "none"}, meeting.pk)
    assert "This meeting was cancelled." in response.content.decode()
