"""NACE Rev. 2 codes searched and shown in the participant's language (en, fr, bg)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from clustermeet.reference import nace_titles


@dataclass(frozen=True)
class NaceCode:
    code: str
    title: str


def _folded(text: str) -> str:
    """Lower case without accents, so "peche" finds "PÊCHE" (query and titles folded alike)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def nace_labels(codes: list[str], language: str) -> list[NaceCode]:
    titles = nace_titles(language)
    return [NaceCode(code, titles.get(code, code)) for code in codes]


def search_nace(query: str, language: str, limit: int = 40) -> list[NaceCode]:
    """Codes whose code or title (in `language`) holds every word of `query`, in code order."""
    words = _folded(query).split()
    if not words:
        return []
    found = []
    for code, title in nace_titles(language).items():
        text = _folded(f"{code} {title}")
        if all(w in text for w in words):
            found.append(NaceCode(code, title))
            if len(found) == limit:
                break
    return found
