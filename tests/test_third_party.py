"""requirements/THIRD_PARTY.md lists every pinned package, at its pinned version, with a licence."""

from __future__ import annotations

import re
from pathlib import Path

REQUIREMENTS = Path(__file__).resolve().parents[1] / "requirements"


def normalised(name: str) -> str:
    """Package names compare as pip compares them: case and -, _, . do not matter."""
    return re.sub(r"[-_.]+", "-", name).lower()


def pins() -> dict[str, str]:
    found = {}
    for line in (REQUIREMENTS / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, version = line.split("==")
            found[normalised(name)] = version.strip()
    return found


def listed() -> dict[str, tuple[str, str]]:
    """Package -> (version, licence), from the rows of the Python packages table."""
    text = (REQUIREMENTS / "THIRD_PARTY.md").read_text(encoding="utf-8")
    table = text.split("## Python packages")[1].split("\n## ")[0]
    rows = {}
    for line in table.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0] not in ("package", "---"):
            rows[normalised(cells[0])] = (cells[1], cells[2])
    return rows


def test_third_party_lists_every_pinned_package_at_its_version() -> None:
    rows = listed()
    missing = sorted(set(pins()) - set(rows))
    assert not missing, f"add to requirements/THIRD_PARTY.md: {', '.join(missing)}"
    stale = {name: (rows[name][0], pin) for name, pin in pins().items() if rows[name][0] != pin}
    assert stale == {}, "listed version, pinned version"


def test_third_party_gives_every_package_a_licence() -> None:
    assert all(licence for _, licence in listed().values())


def test_third_party_lists_no_package_that_is_not_pinned() -> None:
    assert sorted(set(listed()) - set(pins())) == []
