"""Set-up pages: add a session (slots follow), a virtual room; a change that would drop a
meeting shows the meeting and changes nothing."""

from __future__ import annotations

from django.urls import reverse

from clustermeet.events.models import Session, Table
from clustermeet.meetings.models import Meeting


def _url(name, small, **kwargs):
    return reverse(f"orga:{name}", kwargs={"slug": small.event.slug, **kwargs})


def test_add_session_makes_its_slots(small):
    response = small.client.post(
        _url("setup", small),
        {
            "part": "session",
            "name": "Day 2 B2B",
            "date": "2019-06-06",
            "start_time": "14:00",
            "end_time": "15:00",
            "slot_minutes": "30",
            "gap_minutes": "0",
            "breaks": "[]",
        },
        follow=True,
    )
    assert "Session added" in response.content.decode()
    assert Session.objects.get(event=small.event, name="Day 2 B2B").slots.count() == 2


def test_add_virtual_room_with_link(small):
    small.client.post(
        _url("setup", small),
        {
            "part": "table",
            "name": "Room A",
            "kind": "virtual",
            "link": "https://meet.example/a",
            "capacity": "2",
        },
    )
    assert Table.objects.get(event=small.event, name="Room A").kind == "virtual"


def test_shortening_session_with_meetings_shows_them_and_keeps_slots(small):
    small.client.post(_url("schedules", small), {"time_limit": "5"})
    session = small.event.sessions.get()
    last = Meeting.objects.filter(schedule__event=small.event).order_by("-slot__start").first()
    response = small.client.post(
        _url("edit-session", small, pk=session.pk),
        {
            "name": session.name,
            "date": "2019-06-05",
            "start_time": "09:00",
            "end_time": "09:20",
            "slot_minutes": "20",
            "gap_minutes": "0",
            "breaks": "[]",
        },
    )
    page = response.content.decode()
    assert "Move or cancel them first" in page
    assert str(last.slot) in page
    assert session.slots.count() == 6


def test_remove_table_with_meetings_is_refused_on_the_page(small):
    small.client.post(_url("schedules", small), {"time_limit": "5"})
    table = Table.objects.get(event=small.event, name="T01")
    response = small.client.post(
        _url("edit-table", small, pk=table.pk), {"part": "remove"}, follow=True
    )
    assert "The table &#x27;T01&#x27; holds" in response.content.decode()
    assert Table.objects.filter(pk=table.pk).exists()


def _published(small):
    small.client.post(_url("schedules", small), {"time_limit": "5"})
    small.client.post(_url("publish", small, version=1), {"confirm": "on"})


def _busy_table(small):
    meeting = Meeting.objects.filter(schedule__event=small.event, stands=True).first()
    return meeting.table


def _rename(small, table, **extra):
    data = {"name": "T99", "kind": table.kind, "link": table.link, "capacity": table.capacity}
    return small.client.post(_url("edit-table", small, pk=table.pk), {**data, **extra}, follow=True)


def test_renaming_a_table_with_meetings_lists_them_and_waits_for_confirmation(small):
    _published(small)
    table = _busy_table(small)
    response = _rename(small, table)
    page = response.content.decode()
    held = Meeting.objects.filter(table=table, stands=True)
    assert f"holds {held.count()} meeting(s)" in page
    assert "confirm to save and tell everyone" in page
    assert 'name="notify"' in page
    table.refresh_from_db()
    assert table.name != "T99"


def test_renaming_a_table_confirmed_tells_everyone_with_a_published_meeting_there(
    small, django_capture_on_commit_callbacks
):
    from django.core import mail

    _published(small)
    table = _busy_table(small)
    people = {
        s.participant.user.email
        for m in Meeting.objects.filter(table=table, stands=True, schedule__state="published")
        for s in m.seats.all()
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = _rename(small, table, notify="on")
    assert "&#x27;T99&#x27; saved." in response.content.decode()
    table.refresh_from_db()
    assert table.name == "T99"
    assert sorted(m.to[0] for m in mail.outbox) == sorted(people)
    assert all("is now at T99" in m.body for m in mail.outbox)


def test_a_table_with_meetings_keeps_at_least_two_seats(small):
    _published(small)
    table = _busy_table(small)
    data = {"name": table.name, "kind": table.kind, "link": "", "capacity": "1", "notify": "on"}
    response = small.client.post(_url("edit-table", small, pk=table.pk), data)
    assert "(two seats at least) holds" in response.content.decode()
    table.refresh_from_db()
    assert table.capacity == 4


def test_renaming_a_table_without_meetings_needs_no_confirmation(small):
    table = Table.objects.get(event=small.event, name="T02")
    response = _rename(small, table)
    table.refresh_from_db()
    assert table.name == "T99"
    assert "saved." in response.content.decode()
