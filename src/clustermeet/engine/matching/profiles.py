"""The plain data the matcher reads: a profile (one participant of one organisation) and its items.

Item types are the EEN partnering profile types; `ANSWERS` says which offer answers which
request, so a Technology Request is never matched to a Business Offer as if it were one.
"""

from __future__ import annotations

from dataclasses import dataclass

ITEM_NAMES: dict[str, str] = {
    "TO": "Technology Offer",
    "TR": "Technology Request",
    "BO": "Business Offer",
    "BR": "Business Request",
    "RDR": "R&D Request",
}
REQUEST_KINDS = frozenset({"TR", "BR", "RDR"})
OFFER_KINDS = frozenset({"TO", "BO"})

# Request kind -> the offer kinds that answer it. An R&D request is also answered by a
# research body as such (its profile description), see score.py.
ANSWERS: dict[str, frozenset[str]] = {
    "TR": frozenset({"TO"}),
    "BR": frozenset({"BO"}),
    "RDR": frozenset({"TO"}),
}


@dataclass(frozen=True)
class Item:
    id: str
    kind: str
    title: str
    description: str = ""
    language: str = "en"
    keywords: tuple[str, ...] = ()

    @property
    def is_request(self) -> bool:
        return self.kind in REQUEST_KINDS

    @property
    def is_offer(self) -> bool:
        return self.kind in OFFER_KINDS

    @property
    def text(self) -> str:
        """What the encoders read: title first (the most telling words), then the rest."""
        parts = [self.title.strip().rstrip("."), self.description.strip()]
        if self.keywords:
            parts.append(", ".join(self.keywords))
        return ". ".join(p for p in parts if p)


@dataclass(frozen=True)
class Profile:
    """One participant as the matcher sees it. `organisation` keeps colleagues apart."""

    id: str
    name: str
    organisation: str
    country: str = ""
    kind: str = "company"  # cluster | company | research | public | other
    delegation: str = ""
    description: str = ""
    ecosystems: tuple[str, ...] = ()
    nace_codes: tuple[str, ...] = ()
    key_technologies: tuple[str, ...] = ()
    target_countries: tuple[str, ...] = ()
    items: tuple[Item, ...] = ()

    @property
    def requests(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.is_request)

    @property
    def offers(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.is_offer)

    @property
    def profile_text(self) -> str:
        return f"{self.name}. {self.description}".strip()
