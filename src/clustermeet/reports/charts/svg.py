"""Small helpers every chart builds its SVG with: escaping, the accessible frame, text.

Colours are chosen for contrast on white: text #1a1a1a (17:1), bars #1f5fa8 (6.3:1), the
lighter "booked" bars #7fa7d6 carry a darker outline so that their edge stays visible."""

from __future__ import annotations

from html import escape

TEXT = "#1a1a1a"
BAR = "#1f5fa8"
LIGHT = "#9dbce3"
GRID = "#c8c8c8"
FONT = "DejaVu Sans, Liberation Sans, Arial, sans-serif"


def esc(value: object) -> str:
    return escape(str(value), quote=True)


def frame(key: str, width: int, height: int, title: str, desc: str, body: list[str]) -> str:
    """A self-contained <svg> with <title> and <desc> that screen readers announce."""
    width = max(width, 16 + 9 * len(title))  # the title, in bold 15px, always fits
    return "\n".join(
        [
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
            f'width="{width}" height="{height}" role="img" '
            f'aria-labelledby="{key}-title {key}-desc" font-family="{FONT}" font-size="12" '
            f'class="chart" data-chart="{key}">',
            f'<title id="{key}-title">{esc(title)}</title>',
            f'<desc id="{key}-desc">{esc(desc)}</desc>',
            f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>',
            f'<text x="8" y="20" font-size="15" font-weight="bold" fill="{TEXT}">'
            f"{esc(title)}</text>",
            *body,
            "</svg>",
        ]
    )


def text(x: float, y: float, value: object, anchor: str = "start", **attrs: object) -> str:
    extra = "".join(f' {k.replace("_", "-")}="{esc(v)}"' for k, v in attrs.items())
    fill = "" if "fill" in attrs else f' fill="{TEXT}"'
    return f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}"{fill}{extra}>{esc(value)}</text>'


def rect(x: float, y: float, w: float, h: float, fill: str, **attrs: object) -> str:
    extra = "".join(f' {k.replace("_", "-")}="{esc(v)}"' for k, v in attrs.items())
    return f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" fill="{fill}"{extra}/>'


def pairs(labels: tuple[str, ...] | list[str], values: tuple[int, ...] | list[int]) -> str:
    """'label: value; …' — the data as a sentence for <desc>."""
    return "; ".join(f"{label}: {value}" for label, value in zip(labels, values, strict=True))
