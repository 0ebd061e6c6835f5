"""Write the NACE Rev. 2 titles of one language into the package, from the shared RAMON export.

    python tools/reference/build_nace.py fr bg

Reads `../shared/data/eurostat-nace-rev2-oca/NACE_REV2_<lang>.csv` by position (its README
says the header rows are unreliable): field 2 is the code, field 3 the local title. Only the
titles are kept (no explanatory notes), with the source and its attribution, as the README's
licence asks (Eurostat, (c) European Union, reuse with acknowledgement).
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT.parent / "shared" / "data" / "eurostat-nace-rev2-oca"
TARGET = ROOT / "src" / "clustermeet" / "reference"
ATTRIBUTION = (
    "NACE Rev. 2, Eurostat RAMON (c) European Union, reuse authorised with acknowledgement; "
    "taken from OCA/community-data-files"
)


def build(language: str, source: Path = SOURCE, target: Path = TARGET) -> Path:
    path = source / f"NACE_REV2_{language}.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    codes = {row[1].strip(): " ".join(row[2].split()) for row in rows[1:] if len(row) > 2}
    out = target / f"nace_rev2_{language}.json"
    lines = [f'"{k}": {json.dumps(v, ensure_ascii=False)}' for k, v in codes.items()]
    out.write_text(
        '{\n"source": '
        + json.dumps(ATTRIBUTION)
        + ',\n"codes": {\n'
        + ",\n".join(lines)
        + "\n}\n}\n",
        encoding="utf-8",
    )
    return out


if __name__ == "__main__":
    for language in sys.argv[1:]:
        print(build(language))
