"""Fixed-mode suites of `make bench-schedule` beside the Girona ones in run.py.

- planted: instances of `jair.planted_instance` (seed 1) from 80 to 600 participants and
  up to ~4,000 meetings, one or two sessions a day; the optimum 0 is known by construction.
  Each row: what `solve_fixed` returned within the limit and when its first schedule came;
  `--baseline SRC`: the same instance through `clustermeet schedule` on another source tree.
- cli: each of the 20 Girona originals through `clustermeet schedule` in a fresh process
  (start-up, reading, solving, validating, writing), the time a user waits; `--repeat N`
  runs (median), `--baseline SRC` the same command on another source tree beside it.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import statistics
import subprocess
import sys
import tempfile
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


def _tree(src: object) -> str:
    """A source tree as the tables name it: its path and, in a git checkout, its commit."""
    found = subprocess.run(
        ["git", "-C", str(src), "log", "-1", "--format=%h %s"],
        capture_output=True,
        text=True,
        check=False,
    )
    head = found.stdout.strip()
    return f"`{src}`" + (f" (commit {head[:70]})" if found.returncode == 0 and head else "")


def suite_planted(args: argparse.Namespace, write: Write) -> None:
    from clustermeet.engine.scheduling.jair import planted_instance, solve_fixed, validate_fixed
    from clustermeet.engine.scheduling.jair.construct import construct_fixed
    from clustermeet.engine.scheduling.jair.dzn import format_dzn

    started = time.perf_counter()
    sizes = PLANTED[:3] if args.quick else PLANTED
    if args.only:  # one size, e.g. under a longer --time-limit
        sizes = [size for size in sizes if str(size[0]) == args.only]
    lines = [
        f"Planted instances (`clustermeet.engine.scheduling.jair.planted`, seed 1): each "
        f"person's meetings fill one contiguous window, so a zero-break schedule exists. "
        f"`solve_fixed`, d = 2, time limit {args.time_limit:.0f} s, {args.workers} workers. "
        "First schedule: seconds until the solver reported its first schedule. Baseline, in "
        "the same run: the constructive schedule with its local search for 4 s (what the "
        "previous version returned at these sizes; `-` when it was not fair). Load: the "
        "1-minute load average after the row."
        + (
            f" Baseline solver: the instance written as a .dzn file and solved by "
            f"`clustermeet schedule` on {_tree(args.baseline)}, same limit and workers, in the "
            "same run (its time includes the process start)."
            if args.baseline
            else ""
        ),
        "",
        "| participants | meetings | slots | sessions | status | breaks | bound "
        "| first schedule (s) | time (s) | baseline breaks |"
        + (" baseline solver: status | breaks | s |" if args.baseline else "")
        + " load |",
        "|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|"
        + ("---|---:|---:|" if args.baseline else "")
        + "---:|",
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
            f"{f'{first[0]:.1f}' if first else '-'} | {result.wall_time:.1f} | {cell(base)} |"
        )
        if args.baseline:
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / f"planted-{n}.dzn"
                path.write_text(format_dzn(instance))
                summary, seconds = _cli_run(args, path, str(args.baseline))
            row += (
                f" {summary.get('status', '-')} | {cell(summary.get('objective'))} "
                f"| {seconds:.1f} |"
            )
        row += f" {os.getloadavg()[0]:.1f} |"
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
    # Each variant is a source tree on PYTHONPATH: this checkout's, and main's as baseline.
    variants = [("this branch", os.environ.get("PYTHONPATH", ""))]
    if args.baseline:
        variants.append(("baseline", str(args.baseline)))
    header = "| file | published s |"
    rule = "|---|---:|"
    for name, _ in variants:
        header += f" {name}: optimal runs | breaks (worst) | median s |"
        rule += "---:|---:|---:|"
    lines = [
        "Each Girona original through `clustermeet schedule FILE -q --workers "
        f"{args.workers} --time-limit {args.time_limit:.0f}` in a fresh process: the wall "
        "time a user waits (Python start-up and imports included). "
        f"{args.repeat} run(s) per file and variant, the variants taking turns (so that "
        "both see the same load); the median of the runs. "
        + (
            f"Baseline: the same command on {_tree(args.baseline)}, same runs, same machine. "
            if args.baseline
            else ""
        )
        + "Published: the MaxSAT time of JAIR 2022 (a 2012 Xeon, solving only). "
        f"{'With a CPU-bound process beside it (one core of two taken). ' if args.busy else ''}"
        "Load: the 1-minute load average after the file.",
        "",
        header + " load (1 min) |",
        rule + "---:|",
    ]
    busy = None
    if args.busy:
        # One core of two taken for the whole suite: the robustness run.
        busy = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        _cli_rows(args, girona, rows, variants, lines)
    finally:
        if busy is not None:
            busy.kill()
    name = "cli-busy" if args.busy else "cli"
    write(name, "Girona originals through the command line", lines, started)


def _cli_run(args: argparse.Namespace, path: Path, source: str) -> tuple[dict[str, object], float]:
    """One `clustermeet schedule` in a fresh process on `source`: its summary, its seconds."""
    env = dict(os.environ, PYTHONPATH=source)
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
        env=env,
    )
    seconds = time.perf_counter() - begin
    last = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "{}"
    try:
        summary: dict[str, object] = json.loads(last)
    except ValueError:
        summary = {"status": last[:60]}
    return summary, seconds


def _cli_rows(
    args: argparse.Namespace,
    girona: Path,
    rows: list[dict[str, str]],
    variants: list[tuple[str, str]],
    lines: list[str],
) -> None:
    totals = [0.0] * len(variants)
    always_optimal = [0] * len(variants)
    for r in rows:
        path = girona / r["file"]
        runs: list[list[tuple[dict[str, object], float]]] = [[] for _ in variants]
        for repeat in range(args.repeat):
            order = list(range(len(variants)))
            if repeat % 2:
                order.reverse()  # who goes first sees a different load
            for v in order:
                runs[v].append(_cli_run(args, path, variants[v][1]))
        row = f"| {Path(r['file']).name} | {r['jair_maxsat_time_s']} |"
        for v, mine in enumerate(runs):
            optimal = sum(1 for summary, _ in mine if summary.get("status") == "OPTIMAL")
            found = [s.get("objective") for s, _ in mine]
            worst = max((b for b in found if isinstance(b, int)), default=None)
            median = statistics.median(seconds for _, seconds in mine)
            totals[v] += median
            always_optimal[v] += optimal == len(mine)
            row += f" {optimal}/{len(mine)} | {'-' if worst is None else worst} | {median:.1f} |"
        row += f" {os.getloadavg()[0]:.1f} |"
        print(row, flush=True)
        lines.append(row)
    published = sum(float(r["jair_maxsat_time_s"] or 0) for r in rows)
    total = f"| total: files optimal in every run, Σ median s | {published:.1f} |"
    for v in range(len(variants)):
        total += f" {always_optimal[v]}/{len(rows)} | | {totals[v]:.1f} |"
    lines.append(total + " |")
