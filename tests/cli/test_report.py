"""`clustermeet report` and `clustermeet follow-up` on the small fixture event."""

import pytest
from django.core import mail

from clustermeet.cli.main import main
from clustermeet.events.domain.organisers import make_organiser
from tests.factories import make_user
from tests.reports.fixture import small_event


@pytest.fixture
def small(db):
    return small_event()


def test_report_markdown_in_bulgarian_to_a_file(small, tmp_path):
    out = tmp_path / "r.md"
    code = main(["report", "--event", small.event.slug, "--language", "bg", "-o", str(out),
                 "--as-of", "2019-06-20"])  # fmt: skip
    text = out.read_text(encoding="utf-8")
    assert code == 0 and text.startswith("# Small Event")
    assert "3 организации, от които 2 клъстера, от 3 държави (България, Канада и Франция)" in text
    assert "20 юни 2019" in text


def test_report_pdf_and_html(small, tmp_path):
    for fmt in ("pdf", "html"):
        out = tmp_path / f"r.{fmt}"
        assert main(["report", "--event", small.event.slug, "--format", fmt, "-o", str(out)]) == 0
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF-")
    assert (tmp_path / "r.html").read_text().count("<svg ") == 5


def test_report_programme_puts_an_organisers_events_side_by_side(small, capsys):
    organiser = make_user(email="olga@example.org")
    make_organiser(small.event, organiser)
    second = small_event(name="Second Event", slug="second")
    make_organiser(second.event, organiser)
    small_event(name="Not Hers", slug="not-hers")
    # Same dates: by name.
    assert main(["report", "--programme", "--organiser", "olga@example.org"]) == 0
    text = capsys.readouterr().out
    assert "| Figure | Second Event | Small Event |" in text and "Not Hers" not in text
    assert "| Meetings held | 2 | 2 |" in text and "| Agreements | 1 | 1 |" in text


def test_report_unknown_event_is_one_clear_line(small, capsys):
    assert main(["report", "--event", "nope"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("No event 'nope'. Known events:") and small.event.slug in err


def test_report_programme_of_nobody_is_one_clear_line(small, capsys):
    assert main(["report", "--programme", "--organiser", "nobody@example.org"]) == 1
    assert "No events organised by nobody@example.org" in capsys.readouterr().err


def test_follow_up_command_sends_the_week_round_once(
    small, capsys, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert main(["follow-up", "--event", small.event.slug, "--now", "2019-06-13T10:00"]) == 0
        assert main(["follow-up", "--event", small.event.slug, "--now", "2019-06-14T10:00"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"Follow-up 'week' for '{small.event.slug}': sent 3, 0 reached before.",
        f"Follow-up 'week' for '{small.event.slug}': sent 0, 3 reached before.",
    ]
    assert len(mail.outbox) == 3


def test_follow_up_command_before_the_round_says_when(small, capsys):
    assert main(["follow-up", "--event", small.event.slug, "--now", "2019-06-07T10:00"]) == 0
    assert "first is on 2019-06-13" in capsys.readouterr().out
