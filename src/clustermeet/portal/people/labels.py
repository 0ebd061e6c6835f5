"""The reference vocabularies' names as people read them, in their language.

The stored values stay the English names (imports, the matcher and the API use them); these
are only the labels the pages show, marked here so the catalogues can translate them."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

from clustermeet.reference import INDUSTRIAL_ECOSYSTEMS, KEY_ENABLING_TECHNOLOGIES

ECOSYSTEM_LABELS: dict[str, Any] = {
    "Aerospace & defence": _("Aerospace & defence"),
    "Agri-food": _("Agri-food"),
    "Construction": _("Construction"),
    "Cultural and creative industries (CCI)": _("Cultural and creative industries (CCI)"),
    "Digital": _("Digital"),
    "Electronics": _("Electronics"),
    "Energy-intensive industries (EII)": _("Energy-intensive industries (EII)"),
    "Energy-renewables": _("Energy-renewables"),
    "Health": _("Health"),
    "Mobility-Transport-Automotive": _("Mobility-Transport-Automotive"),
    "Proximity, social economy and civil society": _("Proximity, social economy and civil society"),
    "Retail": _("Retail"),
    "Textiles": _("Textiles"),
    "Tourism": _("Tourism"),
}
TECHNOLOGY_LABELS: dict[str, Any] = {
    "Advanced manufacturing": _("Advanced manufacturing"),
    "Advanced materials": _("Advanced materials"),
    "Life-science technologies": _("Life-science technologies"),
    "Micro/nano-electronics and photonics": _("Micro/nano-electronics and photonics"),
    "Artificial intelligence": _("Artificial intelligence"),
    "Security and connectivity": _("Security and connectivity"),
}
# A new name in the reference lists without its label here shows in English.
assert set(ECOSYSTEM_LABELS) == set(INDUSTRIAL_ECOSYSTEMS)
assert set(TECHNOLOGY_LABELS) == set(KEY_ENABLING_TECHNOLOGIES)


def labelled(values: list[str], labels: dict[str, Any]) -> list[str]:
    return [str(labels.get(v, v)) for v in values]
