"""Fixed-mode suites of `make bench-schedule` beside the Girona ones in run.py.

- planted: instances of `jair.planted_instance` (seed 1) from 80 to 600 participants and
  up to ~4,000 meetings, one or two sessions a day; the optimum 0 is known by construction.
  Each row: what `solve_fixed` returned within the limit and when its first schedule came.
- cli: each of the 20 Girona originals through `clustermeet schedule` in a fresh process
  (start-up, reading, solving, validating, writing), the time a user waits.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

# (participants, meetings, slots, two sessions)
PLANTED = (
    (80, 400, 20, False),
    (120, 700, 24, True),
    (200, 1_100, 24, True),
    (300, 1_700, 24, True),
    (450, 2_800, 30, True),
    (600, 3_900, 30, True),
)

Write = Callable[[str, str, list[str], float], None]


def suite_planted(args: argparse.Namespace, write: Write) -> None:
    from clustermeet.engine.scheduling.jair import planted_instance, solve_fixed, validate_fixed
    from clustermeet.engine.scheduling.jair.construct import construct_fixed

    started = time.perf_counter()
    sizes = PLANTED[:3] if args.quick else PLANTED
    lines = [
        f"Planted instances (`clustermeet.engine.scheduling.jair.planted`, seed 1): each "
        f"person's meetings fill one contiguous window, so a zero-break schedule exists. "
        f"`solve_fixed`, d = 2, time limit {args.time_limit:.0f} s, {args.workers} workers. "
        "First schedule: seconds until the solver reported its first schedule. Baseline, in "
        "the same run: the constructive schedule with its local search for 4 s (what the "
        "previous version returned at these sizes; `-` when it was not fair). Load: the "
        "1-minute load average after the row.",
        "",
        "| participants | meetings | slots | sessions | status | breaks | bound "
        "| first schedule (s) | time (s) | baseline breaks | load |",
        "|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    for n, m, slots, two in sizes:
        instance, _ = planted_instance(n, m, slots, two, seed=1)
        first: list[float] = []
        begin = time.perf_counter()

        def progress(line: str, first: list[float] = first, begin: float = begin) -> None:
            if "breaks" in line and not first:
                first.append(time.perf_counter() - begin)

        result = solve_fixed(instance, 2, args.time_limit, args.workers, progress)

        def cell(value: object) -> str:
            return "-" if value is None else str(value)

        baseline = construct_fixed(instance, 2, 4.0)
        verdict = None if baseline is None else validate_fixed(instance, baseline, 2)
        base = verdict.objective if verdict is not None and verdict.valid else None
        row = (
            f"| {n} | {len(instance.meetings)} | {slots} | {2 if two else 1} | "
            f"{result.status.value} | {cell(result.objective)} | {cell(result.bound)} | "
            f"{f'{first[0]:.1f}' if first else '-'} | {result.wall_time:.1f} | {cell(base)} "
            f"| {os.getloadavg()[0]:.1f} |"
        )
        print(row, flush=True)
        lines.append(row)
    write("planted", "Planted fixed-meetings instances (optimum 0 by construction)", lines, started)


def suite_cli(args: argparse.Namespace, write: Write, girona: Path) -> None:
    started = time.perf_counter()
    rows = [
        r for r in csv.DictReader((girona / "manifest.csv").open()) if r["variant"] == "original"
    ]
    if args.only:
        rows = [r for r in rows if args.only in r["file"]]
    lines = [
        "Each Girona original through `clustermeet schedule FILE -q --workers "
        f"{args.workers} --time-limit {args.time_limit:.0f}` in a fresh process: the wall "
        "time a user waits (Python start-up and imports included). One run per file. "
        "Baseline: the published MaxSAT time (JAIR 2022, a 2012 Xeon, solving only). "
        f"{'With a CPU-bound process beside it. ' if args.busy else ''}"
        "Load: the 1-minute load average after the file.",
        "",
        "| file | status | breaks | bound | seconds | of which solving | published s "
        "| load (1 min) |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    busy = None
    if args.busy:
        # One core of two taken for the whole suite: the robustness run.
        busy = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        _cli_rows(args, girona, rows, lines)
    finally:
        if busy is not None:
            busy.kill()
    name = "cli-busy" if args.busy else "cli"
    write(name, "Girona originals through the command line", lines, started)


def _cli_rows(
    args: argparse.Namespace, girona: Path, rows: list[dict[str, str]], lines: list[str]
) -> None:
    total = solving_total = 0.0
    for r in rows:
        path = girona / r["file"]
        begin = time.perf_counter()
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "clustermeet.cli.main",
                "schedule",
                str(path),
                "-q",
                "--workers",
                str(args.workers),
                "--time-limit",
                str(args.time_limit),
                "-o",
                "/dev/null",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        seconds = time.perf_counter() - begin
        total += seconds
        last = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "{}"
        try:
            summary = json.loads(last)
        except ValueError:
            summary = {"status": last[:60]}
        solving = summary.get("wall_time_s")
        solving_total += solving or 0.0
        row = (
            f"| {Path(r['file']).name} | {summary.get('status')} | {summary.get('objective')} "
            f"| {summary.get('bound')} | {seconds:.1f} "
            f"| {'-' if solving is None else f'{solving:.1f}'} "
            f"| {r['jair_maxsat_time_s']} | {os.getloadavg()[0]:.1f} |"
        )
        print(row, flush=True)
        lines.append(row)
    published = sum(float(r["jair_maxsat_time_s"] or 0) for r in rows)
    lines.append(f"| total | | | | {total:.1f} | {solving_total:.1f} | {published:.1f} | |")
