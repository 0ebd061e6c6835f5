"""Blank import files to download: a header row and one example row per kind."""

from __future__ import annotations

import csv
import io

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font

from clustermeet.exchange.columns import KINDS


def csv_template(kind: str) -> str:
    columns = KINDS[kind]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([c.name for c in columns])
    writer.writerow([c.example for c in columns])
    return out.getvalue()


def xlsx_template() -> bytes:
    """One workbook, a sheet per kind, each header cell commented with its help text."""
    book = Workbook()
    book.remove(book.active)
    for kind, columns in KINDS.items():
        sheet = book.create_sheet(kind.capitalize())
        for index, column in enumerate(columns, start=1):
            cell = sheet.cell(row=1, column=index, value=column.name)
            cell.font = Font(bold=column.required)
            cell.comment = Comment(
                ("Required. " if column.required else "") + column.help, "clustermeet"
            )
            sheet.cell(row=2, column=index, value=column.example)
            sheet.column_dimensions[cell.column_letter].width = max(14, len(column.name) + 4)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def columns_markdown() -> str:
    """The column reference, as printed by `clustermeet import --columns` and kept in docs/."""
    lines = []
    for kind, columns in KINDS.items():
        lines += [
            f"### {kind}",
            "",
            "| column | required | meaning | at most | example |",
            "|---|---|---|---|---|",
        ]
        for c in columns:
            required = "yes" if c.required else ""
            lines.append(f"| `{c.name}` | {required} | {c.help} | {c.max_length:,} | {c.example} |")
        lines.append("")
    return "\n".join(lines)
