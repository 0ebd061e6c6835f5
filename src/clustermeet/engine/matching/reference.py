"""A fixed set of mostly unrelated requests and offers from many sectors. Their cosines tell
how an encoder scores 'no relation', so scores mean the same in every pool and event."""

from __future__ import annotations

REFERENCE_REQUESTS: tuple[str, ...] = (
    "Supplier of biodegradable packaging for ready meals",
    "Partner to test autonomous shuttles on a university campus",
    "Software to forecast electricity demand of a district heating network",
    "Distributor for organic cosmetics in Scandinavia",
    "Research partner on corrosion of offshore wind foundations",
    "Cybersecurity audit for a hospital's connected medical devices",
    "Recycled polyester yarn for outdoor clothing",
    "Drone service to inspect railway bridges",
    "Booking platform for rural guesthouses",
    "Low-carbon cement additives for precast concrete",
    "Sensor to measure soil moisture in vineyards",
    "Training in additive manufacturing for small machine shops",
    "Cold-chain tracking for vaccines",
    "Translation of museum audio guides into sign language",
    "Lightweight composite panels for aircraft cabins",
    "Water treatment for textile dyeing plants",
)
REFERENCE_OFFERS: tuple[str, ...] = (
    "Machine learning models for credit risk in retail banking",
    "Contract brewing of craft beer",
    "Hydrogen fuel-cell stacks for forklifts",
    "Event management for trade fairs",
    "3D scanning of heritage buildings",
    "Legal advice on public procurement",
    "Insect protein for animal feed",
    "Radiation-hardened electronics for satellites",
    "Customer-loyalty apps for supermarkets",
    "Timber-frame modular housing",
    "Microfluidic chips for blood diagnostics",
    "Acoustic insulation made from sheep wool",
    "Fleet electrification consulting for bus operators",
    "Smart glass that tints on demand",
    "E-learning courses on food safety",
    "Wave energy converters",
)
