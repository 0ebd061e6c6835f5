"""Exports in CSV and XLSX; a hostile name cannot become a formula."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest
from django.urls import reverse

from tests.factories import make_participant, make_user


def _url(name, small, **kwargs):
    return reverse(f"orga:{name}", kwargs={"slug": small.event.slug, **kwargs})


@pytest.fixture
def hostile(small):
    user = make_user(first_name='=HYPERLINK("http://evil")', last_name="+1")
    return make_participant(small.event, user=user)


def test_participants_csv_escapes_formula_starts(small, hostile):
    response = small.client.get(_url("export", small, what="participants", fmt="csv"))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    names = [r[0] for r in rows[1:]]
    assert '\'=HYPERLINK("http://evil") +1' in names
    assert not any(n.startswith(("=", "+", "-", "@")) for n in names)


def test_participants_xlsx_holds_text_not_formulas(small, hostile):
    response = small.client.get(_url("export", small, what="participants", fmt="xlsx"))
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row]
    assert all(c.data_type != "f" for c in cells)
    assert '\'=HYPERLINK("http://evil") +1' in [c.value for c in cells]


@pytest.mark.parametrize("what", ["meetings", "table-plan", "agendas"])
def test_schedule_exports_have_one_row_per_meeting_side(small, what):
    small.client.post(_url("schedules", small), {"time_limit": "5"})
    response = small.client.get(_url("export", small, what=what, fmt="csv"))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    per_meeting = 2 if what == "agendas" else 1
    assert len(rows) - 1 == 6 * per_meeting


def test_unknown_export_is_not_found(small):
    response = small.client.get(_url("export", small, what="secrets", fmt="csv"))
    assert response.status_code == 404
