"""Small profiles shared by the matcher tests."""

from __future__ import annotations

from clustermeet.engine.matching import Item, Profile


def profile(pid: str, *items: Item, org: str | None = None, **fields: object) -> Profile:
    return Profile(
        id=pid, name=fields.pop("name", pid.title()), organisation=org or pid, items=items, **fields
    )  # type: ignore[arg-type]


FISH_REQUEST = Item(
    "fish-tr",
    "TR",
    "Automated fish-fillet inspection",
    "Our processing plant needs to find bones and parasites in cod fillets on the line.",
)
FISH_OFFER = Item(
    "vision-to",
    "TO",
    "Machine vision for ocean-catch sorting",
    "Hyperspectral cameras and deep learning detect defects, bones and species in fish "
    "on conveyor belts.",
)
SOLAR_OFFER = Item(
    "solar-to",
    "TO",
    "Perovskite tandem solar cells",
    "High-efficiency photovoltaic modules for building facades.",
)
