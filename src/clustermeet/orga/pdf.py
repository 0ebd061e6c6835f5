"""The printable table plan (reportlab): one block per slot, a row per table."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from clustermeet.events.models import Event
from clustermeet.meetings.interfaces.a4 import a4_document
from clustermeet.orga.plan import SlotPlan, local_time


def table_plan_pdf(event: Event, plans: list[SlotPlan], title: str) -> bytes:
    buffer = io.BytesIO()
    doc, styles, font = a4_document(buffer, title)
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
