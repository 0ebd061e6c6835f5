"""Reference vocabularies shared by models, imports and engines (no Django).

The EU lists are transcribed from the European Cluster Collaboration Platform and the
Commission's pages (see ../shared/data/eu-cluster-reference-lists); NACE Rev. 2 is Eurostat's.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

INDUSTRIAL_ECOSYSTEMS: tuple[str, ...] = (
    "Aerospace & defence",
    "Agri-food",
    "Construction",
    "Cultural and creative industries (CCI)",
    "Digital",
    "Electronics",
    "Energy-intensive industries (EII)",
    "Energy-renewables",
    "Health",
    "Mobility-Transport-Automotive",
    "Proximity, social economy and civil society",
    "Retail",
    "Textiles",
    "Tourism",
)

# Horizon Europe's six key enabling technologies.
KEY_ENABLING_TECHNOLOGIES: tuple[str, ...] = (
    "Advanced manufacturing",
    "Advanced materials",
    "Life-science technologies",
    "Micro/nano-electronics and photonics",
    "Artificial intelligence",
    "Security and connectivity",
)

# EEN partnering profile types: code -> name.
ITEM_TYPES: dict[str, str] = {
    "TO": "Technology Offer",
    "TR": "Technology Request",
    "BO": "Business Offer",
    "BR": "Business Request",
    "RDR": "R&D Request",
}


# NACE titles shipped in the package (tools/reference/build_nace.py writes them from Eurostat's
# RAMON export); another language falls back to English.
NACE_LANGUAGES = ("en", "fr", "bg")


@cache
def nace_codes() -> dict[str, str]:
    """NACE Rev. 2 code (section letter, division, group or class) -> English title."""
    return nace_titles("en")


@cache
def nace_titles(language: str) -> dict[str, str]:
    """NACE Rev. 2 code -> title in `language` ('en', 'fr', 'bg'; English otherwise)."""
    language = language.split("-")[0].lower()
    if language not in NACE_LANGUAGES:
        language = "en"
    name = f"nace_rev2_{language}.json"
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    codes: dict[str, str] = json.loads(text)["codes"]
    return codes
