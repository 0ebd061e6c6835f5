"""The agenda's PDF, read back: one page per day with meetings, each naming the other side
and the table."""

from __future__ import annotations

import io
from datetime import time

import pypdfium2
import pytest
from django.test import Client
from django.urls import reverse

from clustermeet.meetings.domain.placement import place_meeting
from tests.factories import make_participant, make_request, make_session
from tests.portal.agenda.agenda_world import build_agenda

pytestmark = pytest.mark.django_db


def _pages(world) -> list[str]:
    response = world.client().get(reverse("portal:agenda-pdf", args=[world.event.slug]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert (
        response["Content-Disposition"] == f'attachment; filename="agenda-{world.event.slug}.pdf"'
    )
    pdf = pypdfium2.PdfDocument(io.BytesIO(response.content))
    return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]


def test_pdf_has_one_page_per_day_with_partner_and_table(agenda_world):
    first, second = _pages(agenda_world)
    assert "Wednesday 5 June 2019" in first and "Thursday 6 June 2019" in second
    assert "Partner0 Person" in first and "T01" in first and "Partner1" not in first
    assert "Partner1 Person" in second and "Room A" in second
    assert "16:00 Europe/Sofia" in first  # the participant's own clock beside the venue's


def test_pdf_of_a_long_day_stays_on_one_page(db):
    world = build_agenda(1, days=1)
    make_session(world.event, name="All afternoon", start_time=time(11), end_time=time(19))
    slots = list(world.event.slots.order_by("start"))
    assert len(slots) == 30  # a table of 30 rows would need two pages unshrunk
    for slot in slots[1:]:  # every slot of the day taken, long names and all
        other = make_participant(world.event, job_title="Head of international cooperation")
        place_meeting(
            world.schedule, [world.me, other], slot, world.tables[0], make_request(world.me, other)
        )
    (page,) = _pages(world)
    assert page.count("T01") == len(slots)


def test_pdf_names_cyrillic_partners(db):
    world = build_agenda(1, days=1)
    user = world.partners[0].user
    user.first_name, user.last_name = "Мария", "Иванова"
    user.save()
    (page,) = _pages(world)
    assert "Мария Иванова" in page


def test_pdf_without_a_published_agenda_says_so(db):
    world = build_agenda(1, publish=False)
    (page,) = _pages(world)
    assert "No published agenda yet." in page


def test_pdf_is_its_owners_alone(agenda_world):
    url = reverse("portal:agenda-pdf", args=[agenda_world.event.slug])
    assert Client().get(url).status_code == 302
    assert agenda_world.client(build_agenda(1).me.user).get(url).status_code == 404


def test_pdf_header_of_the_time_column_stays_in_its_column(agenda_world):
    response = agenda_world.client().get(
        reverse("portal:agenda-pdf", args=[agenda_world.event.slug])
    )
    text = pypdfium2.PdfDocument(io.BytesIO(response.content))[0].get_textpage()
    whole = text.get_text_range()
    start = whole.index("Time (")
    end = whole.index(")", start)
    # The time header may wrap onto two lines, but no character of it may reach "Where".
    rightmost = max(text.get_charbox(i)[2] for i in range(start, end + 1) if not whole[i].isspace())
    where_left = text.get_charbox(whole.index("Where"))[0]
    assert rightmost < where_left
