"""The day: late change re-planned incrementally, table plan PDF, check-in, attendance."""

from __future__ import annotations

import io
import zoneinfo

import pypdfium2
from django.urls import reverse
from django.utils import timezone

from clustermeet.meetings.domain.diffs import standing_meetings
from clustermeet.meetings.models import Meeting, Schedule


def _url(name, small, **kwargs):
    return reverse(f"orga:{name}", kwargs={"slug": small.event.slug, **kwargs})


def _publish(small):
    small.client.post(_url("schedules", small), {"time_limit": "5"})
    small.client.post(_url("publish", small, version=1), {"confirm": "on"})
    return Schedule.objects.get(event=small.event, version=1)


def _placement(schedule):
    return {
        frozenset(s.participant_id for s in m.seats.all()): (m.slot_id, m.table_id)
        for m in standing_meetings(schedule)
    }


def test_late_change_replans_moving_only_the_absent_persons_meetings(small):
    published = _publish(small)
    before = _placement(published)
    absent = small.people[0]
    first_slot = small.event.slots.order_by("start").first()
    response = small.client.post(
        _url("late-change", small),
        {"participant": absent.pk, "from_slot": first_slot.pk},
        follow=True,
    )
    draft = Schedule.objects.get(event=small.event, version=2)
    assert response.redirect_chain[-1][0] == _url("schedule", small, version=2)
    after = _placement(draft)
    # The absent person's meetings are gone; every other meeting stays where it was.
    assert [pair for pair in after if absent.pk in pair] == []
    assert {p: v for p, v in before.items() if absent.pk not in p} == after
    page = response.content.decode()
    assert "Re-planned in" in page
    assert "3 meetings stay as they were; 0 moved, 3 removed, 0 added" in page
    assert page.count('data-change="removed"') == 3
    assert page.count('data-change="moved"') == 0


def test_table_plan_pdf_renders_a_page_that_is_not_blank(small, tmp_path):
    _publish(small)
    response = small.client.get(_url("plan-pdf", small))
    assert response["Content-Type"] == "application/pdf"
    pdf = pypdfium2.PdfDocument(io.BytesIO(response.content))
    image = pdf[0].render(scale=1).to_pil().convert("L")
    image.save(tmp_path / "plan.png")
    dark = sum(image.histogram()[:128])
    assert dark > 1000  # text and grid lines, not an empty white page


def test_check_in_button_checks_the_person_in(small):
    person = small.people[1]
    response = small.client.post(_url("check-in", small), {"participant": person.pk}, follow=True)
    person.refresh_from_db()
    assert person.checked_in_at is not None
    assert f"Checked in: {person}" in response.content.decode()


def test_attendance_records_no_show_on_published_meeting(small):
    _publish(small)
    meeting = Meeting.objects.filter(schedule__event=small.event).first()
    small.client.post(_url("attendance", small), {"meeting": meeting.pk, "status": "no_show"})
    meeting.refresh_from_db()
    assert meeting.status == "no_show"


def test_attendance_on_draft_shows_the_refusal_as_a_message(small):
    small.client.post(_url("schedules", small), {"time_limit": "5"})
    meeting = Meeting.objects.filter(schedule__event=small.event).first()
    response = small.client.post(
        _url("attendance", small), {"meeting": meeting.pk, "status": "held"}, follow=True
    )
    assert response.status_code == 200
    assert "Only meetings of the published schedule can be recorded." in response.content.decode()
    meeting.refresh_from_db()
    assert meeting.status == "scheduled"


def test_late_change_from_a_later_slot_keeps_earlier_meetings_and_lists_every_change(small):
    published = _publish(small)
    before = _placement(published)
    slots = list(small.event.slots.order_by("start"))
    absent = small.people[0]
    away = {s.pk for s in slots[3:]}
    response = small.client.post(
        _url("late-change", small),
        {"participant": absent.pk, "from_slot": slots[3].pk},
        follow=True,
    )
    after = _placement(Schedule.objects.get(event=small.event, version=2))
    assert [slot for pair, (slot, _) in after.items() if absent.pk in pair and slot in away] == []
    kept_early = {p: v for p, v in before.items() if absent.pk in p and v[0] not in away}
    assert {p: after[p] for p in kept_early} == kept_early
    changed = {p for p in before if after.get(p) != before[p]} | (set(after) - set(before))
    page = response.content.decode()
    assert page.count("data-change=") == len(changed)


def test_check_in_finds_a_person_by_their_e_mail(small):
    wanted, other = small.people[0], small.people[1]
    page = small.client.get(_url("check-in", small), {"q": wanted.user.email})
    html = page.content.decode()
    assert f'data-person="{wanted.pk}"' in html
    assert f'data-person="{other.pk}"' not in html
    assert 'name="q"' in html and "<label" in html
    nobody = small.client.get(_url("check-in", small), {"q": "no such name at all"})
    assert "Nobody matches" in nobody.content.decode()


def test_attendance_says_the_status_in_words_and_returns_to_the_meeting(small):
    _publish(small)
    meeting = Meeting.objects.filter(schedule__event=small.event).first()
    response = small.client.post(
        _url("attendance", small), {"meeting": meeting.pk, "status": "no_show"}
    )
    assert response["Location"].endswith(f"#meeting-{meeting.pk}")
    page = small.client.get(response["Location"].split("#")[0]).content.decode()
    assert ": No-show." in page and ": no_show." not in page
    assert f'id="meeting-{meeting.pk}"' in page


def test_dashboard_gives_the_publication_time_in_the_event_time_zone(small):
    published = _publish(small)
    page = small.client.get(_url("dashboard", small)).content.decode()
    local = timezone.localtime(published.published_at, zoneinfo.ZoneInfo(small.event.time_zone))
    assert f"{local:%H:%M}, {small.event.time_zone})" in page
