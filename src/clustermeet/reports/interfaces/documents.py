"""The report as a file: self-contained HTML (styles and SVG charts inline) and PDF on A4.

WeasyPrint (pinned in requirements/constraints.txt) lays out the same HTML for print; it needs
Pango from the system (Debian: libpango-1.0-0, libpangoft2-1.0-0)."""

from __future__ import annotations

from typing import Protocol

from django.template.loader import render_to_string


class Document(Protocol):
    @property
    def title(self) -> str: ...
    @property
    def language(self) -> str: ...
    @property
    def markdown(self) -> str: ...
    @property
    def body_html(self) -> str: ...


def render_html(document: Document) -> str:
    return render_to_string(
        "reports/report.html",
        {"title": document.title, "language": document.language, "body": document.body_html},
    )


def render_pdf(document: Document) -> bytes:
    import weasyprint  # imported here: it loads Pango, which only the PDF needs

    pdf = weasyprint.HTML(string=render_html(document)).write_pdf()
    assert pdf is not None  # write_pdf without a target returns the bytes
    return bytes(pdf)
