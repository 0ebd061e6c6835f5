"""One participant's agenda (their meetings in the published schedule) as rows, and as a
printable PDF (reportlab, with the table plan's Unicode font)."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from clustermeet.meetings.domain.agenda import agenda
from clustermeet.orga.pdf import _font
from clustermeet.orga.plan import local_time
from clustermeet.orga.sheets import Row
from clustermeet.profiles.models import Participant

HEADER = ["slot", "table", "link", "with", "their organisation"]


def agenda_rows(participant: Participant) -> tuple[list[str], list[Row]]:
    rows: list[Row] = [
        [
            local_time(entry.meeting.slot),
            entry.meeting.table.name,
            entry.meeting.table.link,
            " & ".join(p.user.display_name for p in entry.partners),
            " & ".join(p.organisation.name for p in entry.partners),
        ]
        for entry in agenda(participant)
    ]
    return list(HEADER), rows


def agenda_pdf(participant: Participant) -> bytes:
    font = _font()
    styles = getSampleStyleSheet()
    for style in styles.byName.values():
        style.fontName = font
    title = _("%(name)s (%(org)s) — agenda for %(event)s") % {
        "name": participant.user.display_name,
        "org": participant.organisation.name,
        "event": participant.event.name,
    }
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, title=title, leftMargin=15 * mm)
    story: list[object] = [Paragraph(escape(title), styles["Title"])]
    header, rows = agenda_rows(participant)
    if not rows:
        story.append(
            Paragraph(escape(_("No meetings in the published schedule.")), styles["Normal"])
        )
    else:
        cells = [[_("Slot"), _("Table"), _("With"), _("Organisation")]] + [
            [
                Paragraph(escape(str(r[0])), styles["Normal"]),
                Paragraph(escape(f"{r[1]} {r[2]}".strip()), styles["Normal"]),
                Paragraph(escape(str(r[3])), styles["Normal"]),
                Paragraph(escape(str(r[4])), styles["Normal"]),
            ]
            for r in rows
        ]
        grid = Table(cells, colWidths=[40 * mm, 45 * mm, 50 * mm, 45 * mm], repeatRows=1)
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
        story.append(grid)
    doc.build(story)
    return buffer.getvalue()
