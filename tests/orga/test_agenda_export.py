"""Each participant's agenda from the exports page, as PDF, XLSX and CSV."""

from __future__ import annotations

import csv
import io

import openpyxl
import pypdfium2
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from clustermeet.meetings.domain.agenda import agenda
from tests.event_world import future_event, named
from tests.orga.day_world import build_day


def _url(day, **query):
    url = reverse("orga:agenda-export", kwargs={"slug": day.event.slug})
    return url + "?" + "&".join(f"{k}={v}" for k, v in query.items())


@pytest.mark.django_db
def test_agenda_csv_and_xlsx_hold_the_persons_published_meetings():
    day = build_day()
    anna = day.people[0]
    entries = agenda(anna)
    expected = sorted(" & ".join(p.user.display_name for p in e.partners) for e in entries)
    response = day.client.get(_url(day, participant=anna.pk, format="csv"))
    assert response["Content-Disposition"].endswith(f'-agenda-{anna.pk}.csv"')
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["slot", "table", "link", "with", "their organisation"]
    assert sorted(r[3] for r in rows[1:]) == expected == ["Ben Test", "Carla Test"]
    sheet = day.client.get(_url(day, participant=anna.pk, format="xlsx"))
    book = openpyxl.load_workbook(io.BytesIO(sheet.content))
    cells = [list(r) for r in book.active.iter_rows(values_only=True)]
    assert sorted(r[3] for r in cells[1:]) == expected


@pytest.mark.django_db
def test_agenda_pdf_names_the_partners():
    day = build_day()
    ben = day.people[1]
    response = day.client.get(_url(day, participant=ben.pk, format="pdf"))
    assert response["Content-Type"] == "application/pdf"
    text = pypdfium2.PdfDocument(io.BytesIO(response.content))[0].get_textpage().get_text_range()
    assert "Ben Test" in text and "Anna Test" in text
    assert "Carla Test" not in text  # not Ben's meeting


@pytest.mark.django_db
def test_agenda_of_another_events_participant_is_refused_with_a_sentence():
    day = build_day()
    stranger = named(future_event(), "Stella")
    response = day.client.get(_url(day, participant=stranger.pk, format="csv"), follow=True)
    assert "Choose a participant of this event and PDF, XLSX or CSV." in response.content.decode()
    assert "Stella" not in response.content.decode()
    bad = day.client.get(_url(day, participant=day.people[0].pk, format="exe"), follow=True)
    assert "Choose a participant of this event" in bad.content.decode()


def _queries(extra: int) -> int:
    day = build_day(publish=False)  # three people
    for n in range(extra):
        named(day.event, f"Extra{n}")
    url = reverse("orga:exports", kwargs={"slug": day.event.slug})
    day.client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert day.client.get(url).status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_exports_page_query_count_same_for_three_and_five_participants():
    assert _queries(0) == _queries(2)
