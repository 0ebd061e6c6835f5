"""The printable table plan (reportlab): one block per slot, a row per table."""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from clustermeet.events.models import Event
from clustermeet.orga.plan import SlotPlan, local_time

# A Unicode font when the system has one (names in any script); Helvetica otherwise.
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _font() -> str:
    if DEJAVU.exists():
        if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("DejaVuSans", str(DEJAVU)))
        return "DejaVuSans"
    return "Helvetica"


def table_plan_pdf(event: Event, plans: list[SlotPlan], title: str) -> bytes:
    font = _font()
    styles = getSampleStyleSheet()
    for style in styles.byName.values():
        style.fontName = font
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=title,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
    )
    story: list[object] = [Paragraph(escape(title), styles["Title"])]
    if not plans:
        story.append(Paragraph("No meetings are scheduled yet.", styles["Normal"]))
    for plan in plans:
        story.append(
            Paragraph(
                escape(f"{plan.slot.session.name} — {local_time(plan.slot)}"), styles["Heading2"]
            )
        )
        rows = [["Table", "Who", "Organisations"]]
        for seating in plan.seatings:
            rows.append(
                [
                    seating.table.name,
                    Paragraph(
                        " &amp; ".join(escape(p.user.display_name) for p in seating.people),
                        styles["Normal"],
                    ),
                    Paragraph(
                        " &amp; ".join(escape(p.organisation.name) for p in seating.people),
                        styles["Normal"],
                    ),
                ]
            )
        grid = Table(rows, colWidths=[25 * mm, 75 * mm, 80 * mm], repeatRows=1)
        grid.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), font),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story += [grid, Spacer(1, 6 * mm)]
    doc.build(story)
    return buffer.getvalue()
