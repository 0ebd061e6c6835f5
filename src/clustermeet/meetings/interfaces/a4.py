"""The A4 page both meeting PDFs print on (the table plan, a participant's agenda): 15 mm
margins, and DejaVu Sans when the system has it, so that Cyrillic and accented names print
(reportlab's own Helvetica has no Cyrillic)."""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import StyleSheet1, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def unicode_font() -> str:
    """The font's name, registered once per process."""
    if DEJAVU.exists():
        if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("DejaVuSans", str(DEJAVU)))
        return "DejaVuSans"
    return "Helvetica"


def a4_document(buffer: IO[Any], title: str) -> tuple[SimpleDocTemplate, StyleSheet1, str]:
    """The document, its styles in the font, and the font's name (for table styles)."""
    font = unicode_font()
    styles = getSampleStyleSheet()
    for style in styles.byName.values():
        style.fontName = font
    margin = 15 * mm
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=title,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
    )
    return doc, styles, font
