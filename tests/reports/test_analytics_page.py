"""The organiser's analytics page through the real test client: charts, tables, downloads,
the language switch, who may see it and its query count."""

import pytest
from django.urls import reverse

from clustermeet.events.domain.organisers import make_organiser
from clustermeet.events.scoping import all_events
from tests.factories import make_user
from tests.reports.fixture import small_event

PAGE_QUERIES = (
    21  # session and user, the event, the organiser check, the navigation, event_data (15)
)


@pytest.fixture
def setting(db):
    with all_events():  # the pages set their own scope, as in production
        small = small_event()
        organiser = make_user(first_name="Olga", last_name="Org")
        make_organiser(small.event, organiser)
    return small, organiser


def _url(small, name="page", **kwargs):
    return reverse(f"orga-report:{name}", kwargs={"slug": small.event.slug, **kwargs})


@pytest.mark.scoped
def test_analytics_page_shows_charts_tables_and_downloads(
    client, setting, django_assert_max_num_queries
):
    small, organiser = setting
    client.force_login(organiser)
    with django_assert_max_num_queries(PAGE_QUERIES):
        response = client.get(_url(small))
    text = response.content.decode()
    assert response.status_code == 200
    assert text.count("<svg ") == 5 and 'data-chart="heatmap"' in text
    assert "3 organisations, 2 of them cluster organisations, from 3 countries" in text
    assert "<table>" in text and "Alpha (Bulgaria)" in text  # named with consent
    for fmt in ("pdf", "md", "html"):
        assert f"{_url(small, 'download', fmt=fmt)}?language=en" in text
    assert "?language=bg" in text and "?language=fr" in text


@pytest.mark.scoped
def test_analytics_page_in_bulgarian(client, setting):
    small, organiser = setting
    client.force_login(organiser)
    text = client.get(_url(small), {"language": "bg"}).content.decode()
    assert "3 организации" in text and "България" in text and "Графики" in text


@pytest.mark.scoped
def test_analytics_page_unknown_language_is_a_clear_400(client, setting):
    small, organiser = setting
    client.force_login(organiser)
    response = client.get(_url(small), {"language": "de"})
    assert response.status_code == 400
    assert b"expected one of en, fr, bg" in response.content


@pytest.mark.scoped
def test_analytics_download_markdown_and_pdf(client, setting):
    small, organiser = setting
    client.force_login(organiser)
    md = client.get(_url(small, "download", fmt="md"), {"language": "fr"})
    assert md["Content-Disposition"].endswith(f'{small.event.slug}-report-fr.md"')
    assert "3 organisations, dont 2" in md.content.decode()
    pdf = client.get(_url(small, "download", fmt="pdf"))
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF-")
    assert client.get(_url(small, "download", fmt="docx")).status_code == 400


@pytest.mark.scoped
def test_analytics_page_refuses_a_participant(client, setting):
    small, _ = setting
    client.force_login(small.people["a1"].user)
    assert client.get(_url(small)).status_code == 403
