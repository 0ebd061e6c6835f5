"""A participant's agenda as a PDF, one page per day at the venue (reportlab).

reportlab rather than WeasyPrint: a page per day is a page break we place ourselves, it needs
no HTML engine or Pango from the system, it renders in milliseconds on each download, and the
console's table plan already uses it. DejaVu Sans (when the system has it) carries Cyrillic
and accented names; reportlab's own Helvetica would not.
"""

from __future__ import annotations

import io
from datetime import datetime
from xml.sax.saxutils import escape

from django.utils import formats
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepInFrame,
    PageBreak,
    Paragraph,
    Table,
    TableStyle,
)

from clustermeet.meetings.domain.queries.my_agenda import AgendaRow, PersonalAgenda
from clustermeet.meetings.interfaces.a4 import a4_document


def _time(moment: datetime, agenda: PersonalAgenda) -> str:
    shown = formats.time_format(moment.astimezone(agenda.event_zone), "H:i")
    if agenda.two_zones:
        own = formats.time_format(moment.astimezone(agenda.own_zone), "H:i")
        shown += f"\n({own} {agenda.own_zone.key})"
    return shown


def _who(row: AgendaRow) -> str:
    lines = []
    for p in row.partners:
        lines.append(f"<b>{escape(p.name)}</b>, {escape(p.organisation)} ({escape(p.country)})")
        if p.email:
            lines.append(escape(" · ".join(filter(None, [p.email, p.phone]))))
    if row.cancelled:
        lines.append(escape(_("Cancelled")))
    elif row.moved_from is not None:
        lines.append(escape(_("Moved")))
    return "<br/>".join(lines)


def agenda_pdf(agenda: PersonalAgenda, *, title: str) -> bytes:
    buffer = io.BytesIO()
    doc, styles, font = a4_document(buffer, title)
    story: list[object] = []
    days = agenda.days
    if not days:
        story.append(Paragraph(escape(title), styles["Title"]))
        story.append(Paragraph(escape(_("No published agenda yet.")), styles["Normal"]))
    zone = agenda.event_zone.key
    for number, (day, rows) in enumerate(days):
        if number:
            story.append(PageBreak())
        page: list[object] = [
            Paragraph(escape(title), styles["Heading2"]),
            Paragraph(escape(formats.date_format(day, "l j F Y")), styles["Title"]),
        ]
        # Paragraphs wrap: a long zone name ran into the next column as a plain string.
        header: list[object] = [
            Paragraph(escape(text), styles["Normal"])
            for text in (_("Time (%(zone)s)") % {"zone": zone}, _("Where"), _("With"))
        ]
        table_rows: list[list[object]] = [header]
        for row in rows:
            where = row.table_name + (f"\n{row.table_link}" if row.table_link else "")
            table_rows.append(
                [
                    _time(row.start, agenda),
                    Paragraph(escape(where).replace("\n", "<br/>"), styles["Normal"]),
                    Paragraph(_who(row), styles["Normal"]),
                ]
            )
        grid = Table(table_rows, colWidths=[35 * mm, 45 * mm, 100 * mm], repeatRows=1)
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
        page.append(grid)
        # A long day shrinks to fit rather than spill: one page per day, always.
        story.append(KeepInFrame(doc.width, doc.height, page, mode="shrink"))
    doc.build(story)
    return buffer.getvalue()
