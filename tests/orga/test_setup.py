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
