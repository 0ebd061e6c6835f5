"""Checks a labelled set (docs/matcher.md, "the format") and recomputes its two computed
fields, so the JSON itself is the source of truth and nobody edits those by hand.

    python benchmarks/match/check_set.py FILE.json [--fix]

`cross_language`: the request and the offer are written in different languages.
`lexical_overlap`: "high" when request and offer share at least two content-word stems (the
first five letters of words of three letters or more, stop words removed), else "low".
Prints one line per problem and exits 1 if there is any; `--fix` rewrites wrong computed
fields in place (ids and texts are never changed).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

ITEM_TYPES = {"TO", "TR", "BO", "BR", "RDR"}
REQUESTS, OFFERS = {"TR", "BR", "RDR"}, {"TO", "BO"}
_STOP_WORDS = """and the for with from that this our their your are was were has have will can
into des les une pour avec dans sur par est sont und der die das für mit von den ein eine"""
STOP = frozenset(_STOP_WORDS.split())


def stems(text: str) -> set[str]:
    text = unicodedata.normalize("NFKC", text.lower())
    return {w[:5] for w in re.findall(r"[^\W\d_]{3,}", text) if w not in STOP}


def overlap(request: dict[str, Any], offer: dict[str, Any]) -> str:
    shared = stems(request["title"] + " " + request.get("description", "")) & stems(
        offer["title"] + " " + offer.get("description", "")
    )
    return "high" if len(shared) >= 2 else "low"


def check(data: dict[str, Any], fix: bool = False) -> list[str]:
    problems: list[str] = []
    items: dict[str, dict[str, Any]] = {}
    owners: dict[str, str] = {}
    seen: set[str] = set()
    for o in data.get("organisations", []):
        if o["id"] in seen:
            problems.append(f"organisation {o['id']}: id used twice")
        seen.add(o["id"])
        for i in o.get("items", []):
            if i.get("type") not in ITEM_TYPES:
                problems.append(
                    f"item {i.get('id')}: type {i.get('type')!r}, expected one of "
                    f"{', '.join(sorted(ITEM_TYPES))}"
                )
            if i["id"] in items:
                problems.append(f"item {i['id']}: id used twice")
            items[i["id"]], owners[i["id"]] = i, o["id"]
    for n, p in enumerate(data.get("pairs", [])):
        request, offer = items.get(p["request_item"]), items.get(p["offer_item"])
        if request is None or offer is None:
            problems.append(f"pairs[{n}]: unknown item {p['request_item']} or {p['offer_item']}")
            continue
        if request["type"] not in REQUESTS or offer["type"] not in OFFERS:
            problems.append(
                f"pairs[{n}]: {request['id']} must be a request and {offer['id']} "
                f"an offer (got {request['type']}, {offer['type']})"
            )
        if owners[request["id"]] == owners[offer["id"]]:
            problems.append(f"pairs[{n}]: request and offer belong to one organisation")
        computed = {
            "cross_language": request.get("language", "en") != offer.get("language", "en"),
            "lexical_overlap": overlap(request, offer),
        }
        for key, value in computed.items():
            if p.get(key) != value:
                problems.append(f"pairs[{n}]: {key} is {p.get(key)!r}, computed {value!r}")
                if fix:
                    p[key] = value
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--fix", action="store_true", help="rewrite the computed fields")
    args = parser.parse_args()
    data = json.loads(args.file.read_text(encoding="utf-8"))
    problems = check(data, args.fix)
    for line in problems:
        print(f"{args.file}: {line}")
    if args.fix and problems:
        args.file.write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    pairs = data.get("pairs", [])
    print(
        f"{args.file}: {len(data.get('organisations', []))} organisations, {len(pairs)} pairs, "
        f"{sum(bool(p.get('cross_language')) for p in pairs)} cross-language, "
        f"{sum(p.get('lexical_overlap') == 'low' for p in pairs)} low overlap"
    )
    return 1 if problems and not args.fix else 0


if __name__ == "__main__":
    sys.exit(main())
