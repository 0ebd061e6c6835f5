"""The report as files: the PDF opens, prints on A4 and shows its charts; the HTML stands alone."""

import re
import shutil
import subprocess
import tempfile
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from clustermeet.reports.domain.report import event_report
from clustermeet.reports.interfaces.documents import render_html, render_pdf
from tests.reports.fixture import small_event

# Kept after the run (not pytest's tmp_path), so the page can be looked at.
ARTEFACTS = Path(tempfile.gettempdir()) / "clustermeet-report-artefacts"


@pytest.fixture
def report(db):
    return event_report(small_event().event, "en", as_of=date(2019, 6, 20))


def test_pdf_opens_on_a4_and_page_one_is_not_blank(report):
    assert shutil.which("pdftoppm"), "pdftoppm is missing: apt-get install poppler-utils"
    pdf = render_pdf(report)
    assert pdf.startswith(b"%PDF-")
    ARTEFACTS.mkdir(exist_ok=True)
    (ARTEFACTS / "small-event.pdf").write_bytes(pdf)
    info = subprocess.run(
        ["pdfinfo", str(ARTEFACTS / "small-event.pdf")], capture_output=True, check=True
    ).stdout.decode()
    assert re.search(r"Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)", info), info
    subprocess.run(
        ["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile",
         str(ARTEFACTS / "small-event.pdf"), str(ARTEFACTS / "small-event-page1")],
        check=True,
    )  # fmt: skip
    image = Image.open(ARTEFACTS / "small-event-page1.png").convert("RGB")
    raw = image.tobytes()
    pixels = list(zip(raw[0::3], raw[1::3], raw[2::3], strict=True))
    dark = sum(1 for r, g, b in pixels if r + g + b < 600)
    # Blue bars: the funnel chart is on page one (its bars are #1f5fa8).
    blue = sum(1 for r, g, b in pixels if b > 140 and r < 80 and g < 130)
    assert dark > 0.01 * len(pixels), dark
    assert blue > 100, blue
    print(f"\npage 1: {ARTEFACTS / 'small-event-page1.png'} ({dark} dark, {blue} blue pixels)")


def test_pdf_has_its_charts_as_text(report):
    text = subprocess.run(
        ["pdftotext", "-", "-"], input=render_pdf(report), capture_output=True, check=True
    ).stdout.decode()
    for title in ("From registration to agreements", "Meetings held per participant",
                  "Who met whom, by country", "Meetings between industrial ecosystems",
                  "Table use, slot by slot"):  # fmt: skip
        assert title in text, title


def test_html_is_self_contained_with_five_svg_charts(report):
    html = render_html(report)
    assert html.count("<svg ") == 5 and html.count("<title id=") == 5
    assert "<style>" in html and "@page { size: A4" in html
    assert not re.search(r'(src|href)="(https?:)?//', html)  # nothing fetched from elsewhere
    assert "3 organisations, 2 of them cluster organisations" in html
