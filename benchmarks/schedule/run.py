"""`make bench-schedule`: the scheduler against published results and a self-booking baseline.

    python benchmarks/schedule/run.py [--suite girona|girona-d|cli|planted|event|scale|
                                               incremental|all] [--quick] [--time-limit S]
                                      [--workers N] [--only TEXT] [--busy]
                                      [--repeat N] [--baseline SRC]

Suites:
- girona: all 140 JAIR instances at d = 2 against manifest.csv (with --quick, the 20 originals);
- girona-d: the 20 originals at d = 0, 1, 3 against JAIR Tables 9-11;
- scale: generated events of 100, 1,000, 5,000 and 15,000 people (--quick stops at 5,000),
  each in a child process for its peak memory, against first-come-first-served booking
  (--only N: that size alone);
- incremental: 1% of requests changed at 1,000 people;
- event: the EU-Canada demo event against first come, first served (suites_event.py);
- cli, planted: see suites_fixed.py (the originals through the command line; planted
  instances with a known zero-break optimum).

The Girona files are read from ../shared (or $CLUSTERMEET_SHARED) and never copied: results
name files and give numbers only. Tables are printed and written to
benchmarks/results/schedule-<suite>.md.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import json
import os
import platform
import random
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import suites_event  # beside this file
import suites_fixed

REPO = Path(__file__).resolve().parents[2]
RESULTS = REPO / "benchmarks" / "results"
SHARED = Path(os.environ.get("CLUSTERMEET_SHARED", REPO.parent / "shared"))
GIRONA = SHARED / "benchmarks" / "b2b-girona-jair2022"
SCALE_SIZES = (100, 1_000, 5_000, 15_000)


def machine_line() -> str:
    load = os.getloadavg()
    return (
        f"{datetime.datetime.now():%Y-%m-%d %H:%M}, {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} cores, load average at the end {load[0]:.2f} / {load[1]:.2f} / "
        f"{load[2]:.2f} (1/5/15 min; other work shares this machine)"
    )


def write(name: str, title: str, lines: list[str], started: float) -> None:
    text = "\n".join(
        [
            f"# {title}",
            "",
            f"Machine: {machine_line()}.",
            f"Wall time of the suite: {time.perf_counter() - started:.0f} s.",
            "",
            *lines,
            "",
        ]
    )
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"schedule-{name}.md").write_text(text, encoding="utf-8")
    print(text, flush=True)


# --- Girona ---------------------------------------------------------------------------


def parse_published(cell: str) -> tuple[str, int | None, float | None]:
    """'0 (2.1s)' -> ('optimal', 0, 2.1); '- (1.4s)' -> ('infeasible', None, 1.4)."""
    value, _, rest = cell.partition(" ")
    seconds = float(rest.strip("()s")) if rest else None
    if value == "-":
        return "infeasible", None, seconds
    return "optimal", int(value), seconds


def verdict(expected: str, value: int | None, status: str, objective: int | None) -> str:
    if status == "ERROR":
        return "WRONG"
    if status == "INFEASIBLE":
        return "ok" if expected == "infeasible" else "WRONG"
    if status == "OPTIMAL":
        return "ok" if expected == "optimal" and objective == value else "WRONG"
    if status == "FEASIBLE":
        if expected == "infeasible" or (
            value is not None and objective is not None and objective < value
        ):
            return "WRONG"
        return "open"
    return "open"


def solve_file(path: Path, fairness: int, time_limit: float, workers: int) -> dict[str, Any]:
    from clustermeet.engine.scheduling.jair import parse_dzn, solve_fixed

    instance = parse_dzn(path.read_text())
    try:
        result = solve_fixed(instance, fairness, time_limit, workers)
    except AssertionError as error:  # the validator refused a solver's schedule
        print(f"{path.name}: {error}", file=sys.stderr)
        return {"status": "ERROR", "objective": None, "bound": None, "seconds": 0.0}
    return {
        "status": result.status.value,
        "objective": result.objective,
        "bound": result.bound,
        "seconds": result.wall_time,
    }


def suite_girona(args: argparse.Namespace) -> None:
    started = time.perf_counter()
    rows = list(csv.DictReader((GIRONA / "manifest.csv").open()))
    if args.quick:
        rows = [r for r in rows if r["variant"] == "original"]
    if args.only:
        rows = [r for r in rows if args.only in r["file"]]
    lines = [
        "Fairness d = 2. Published: JAIR 2022 MaxSAT (UWrMaxSat) optimum or `-` for proven "
        "infeasible, and its time on a 2012 Xeon E3-1220v2. Ours: status, objective (total "
        f"breaks), proven bound, wall seconds; time limit {args.time_limit:.0f} s, "
        f"{args.workers} workers.",
        "",
        "| file | published | MaxSAT s | ours | objective | bound | s | verdict |",
        "|---|---|---|---|---|---|---|---|",
    ]
    tally = {"ok": 0, "open": 0, "WRONG": 0}
    ours_originals = published_originals = 0.0
    for row in rows:
        expected = row["jair_status"]
        value = None if row["jair_best_maxsat"] == "-" else int(row["jair_best_maxsat"])
        got = solve_file(GIRONA / row["file"], 2, args.time_limit, args.workers)
        v = verdict(expected, value, got["status"], got["objective"])
        tally[v] += 1
        if row["variant"] == "original":
            ours_originals += got["seconds"]
            published_originals += float(row["jair_maxsat_time_s"])
        name = Path(row["file"]).stem
        line = (
            f"| {name} | {row['jair_best_maxsat']} | {row['jair_maxsat_time_s']} | "
            f"{got['status']} | {got['objective'] if got['objective'] is not None else '-'} | "
            f"{got['bound'] if got['bound'] is not None else '-'} | {got['seconds']:.1f} | {v} |"
        )
        lines.append(line)
        print(line, flush=True)
    lines += [
        "",
        f"Reproduced: {tally['ok']} of {len(rows)}; open (time limit): {tally['open']}; "
        f"wrong: {tally['WRONG']}.",
        f"Originals: ours {ours_originals:.1f} s in all, published MaxSAT "
        f"{published_originals:.1f} s.",
    ]
    name = "girona-originals" if args.quick else "girona"
    write(name, "Scheduler on the JAIR 2022 B2B instances (d = 2)", lines, started)


def suite_girona_d(args: argparse.Namespace) -> None:
    started = time.perf_counter()
    rows = [
        r
        for r in csv.DictReader((GIRONA / "manifest.csv").open())
        if r["variant"] == "original" and (not args.only or args.only in r["file"])
    ]
    lines = [
        "The 20 originals at fairness d = 0, 1, 3 against JAIR Tables 9-11 (MaxSAT value, "
        f"time). Time limit {args.time_limit:.0f} s, {args.workers} workers.",
        "",
        "| file | d | published | MaxSAT s | ours | objective | s | verdict |",
        "|---|---|---|---|---|---|---|---|",
    ]
    tally = {"ok": 0, "open": 0, "WRONG": 0}
    for row in rows:
        for d in (0, 1, 3):
            expected, value, seconds = parse_published(row[f"maxsat_d{d}"])
            got = solve_file(GIRONA / row["file"], d, args.time_limit, args.workers)
            v = verdict(expected, value, got["status"], got["objective"])
            tally[v] += 1
            line = (
                f"| {Path(row['file']).stem} | {d} | {'-' if value is None else value} | "
                f"{seconds} | {got['status']} | "
                f"{got['objective'] if got['objective'] is not None else '-'} | "
                f"{got['seconds']:.1f} | {v} |"
            )
            lines.append(line)
            print(line, flush=True)
    lines += [
        "",
        f"Reproduced: {tally['ok']} of {3 * len(rows)}; open: {tally['open']}; "
        f"wrong: {tally['WRONG']}.",
    ]
    write("girona-d", "Scheduler on the 20 JAIR originals at d = 0, 1, 3", lines, started)


# --- Scale ----------------------------------------------------------------------------


def scale_one(n: int, time_limit: float, workers: int) -> dict[str, Any]:
    """Runs in a child process so that its peak memory is its own."""
    from clustermeet.engine.scheduling.selection import (
        first_come_first_served,
        generate_event,
        solve_event,
        upper_bound,
        validate_event,
    )
    from clustermeet.engine.scheduling.selection.constraints import candidate_slots
    from clustermeet.engine.scheduling.selection.seating import seat_meetings

    instance = generate_event(n, seed=7)
    t0 = time.perf_counter()
    result = solve_event(instance, time_limit=time_limit, workers=workers)
    ours_s = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    meeting_bound = upper_bound(instance, unit=True)
    bound_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    booking = first_come_first_served(instance)
    base = validate_event(instance, booking)
    base_s = time.perf_counter() - t0
    # FCFS's slots seated by our seating: how much of the difference is tables alone.
    t0 = time.perf_counter()
    reseated = validate_event(
        instance, seat_meetings(instance, [(p.request, p.slot) for p in booking])
    )
    seating_s = time.perf_counter() - t0

    def changes_within_a_day(placements: Any) -> int:
        """Table changes not counting the one over the night."""
        seats: dict[int, list[tuple[int, int]]] = {}
        for p in placements:
            req = instance.requests[p.request]
            for person in (req.first, req.second):
                seats.setdefault(person, []).append((p.slot, p.table))
        days = instance.slot_days
        return sum(
            1
            for v in seats.values()
            for (s1, t1), (s2, t2) in zip(sorted(v), sorted(v)[1:], strict=False)
            if days[s1] == days[s2] and t1 != t2
        )

    def placeable_unserved(placements: Any) -> int:
        """People with no meeting and a request with a slot both people could take."""
        held = set()
        for p in placements:
            held.update((instance.requests[p.request].first, instance.requests[p.request].second))
        people = set()
        for r, req in enumerate(instance.requests):
            for person in (req.first, req.second):
                cap = instance.participants[person].max_meetings
                if person not in held and cap != 0 and candidate_slots(instance, r):
                    people.add(person)
        return len(people)

    return {
        "n": n,
        "requests": len(instance.requests),
        "status": result.status.value,
        "ours": result.stats
        | {
            "placeable": placeable_unserved(result.placements),
            "in_day": changes_within_a_day(result.placements),
        },
        "weight_bound": result.bound,
        "meeting_bound": meeting_bound,
        "bound_s": bound_s,
        "seconds": ours_s,
        "peak_mb": peak_mb,
        "baseline": base.summary
        | {"placeable": placeable_unserved(booking), "in_day": changes_within_a_day(booking)},
        "baseline_valid": base.valid,
        "baseline_s": base_s,
        "reseated_changes": reseated.summary["table_changes"],
        "reseated_valid": reseated.valid,
        "seating_s": seating_s,
    }


def suite_scale(args: argparse.Namespace) -> None:
    started = time.perf_counter()
    sizes = [n for n in SCALE_SIZES if not args.quick or n <= 5_000]
    if args.only:
        sizes = [n for n in sizes if str(n) == args.only.replace(",", "")]
    lines = [
        "Generated events (benchmarks: `clustermeet.engine.scheduling.selection.generator`, "
        "seed 7): "
        "2 days x 16 slots, Zipf-like popularity, 15% remote, max 16 meetings per person. "
        "Meeting bound: LP relaxation with unit weights (a proven upper bound on meetings "
        "held); weight bound likewise with the request weights. Ours: the engine as "
        f"`solve_event` runs it (time limit {args.time_limit:.0f} s), tables by "
        "`selection/seating.py`. Baseline: first come, first served (FCFS) into the first "
        "common free slot, tables by the one-pass rule of `selection/tables.py` (as on "
        "main). Table changes: a person's two consecutive meetings (in slot order over the "
        "whole event; the engine knows days, not sessions, so a change over the night "
        "counts too) at different tables, summed over people (`validate_event`'s "
        "`table_changes`); in a day: the same without the change over the night (the "
        "closest the engine comes to the issue's 'within a session'). Below FCFS: 1 - ours "
        "/ FCFS's. FCFS slots, our seating: FCFS's slots seated by `seating.py` (the "
        "share of the difference due to tables alone; "
        "its time in s). No meeting: people with requests and none held; placeable: of "
        "those, people with a request that has a slot both people could take (so one "
        "could be placed if others gave way). Min share: the worst-served person's "
        "meetings over their requests. Peak memory: the child process's maximum resident "
        "set (including Python and OR-Tools). Load: the 1-minute load average when the "
        "row finished (2 cores, shared).",
        "",
        "| people | requests | meetings (ours) | meeting bound | % of bound | weight / bound | "
        "no meeting (placeable) | min share | breaks | table changes | FCFS table changes | "
        "below FCFS | in a day: ours / FCFS (below) | FCFS slots, our seating | s | peak MiB | "
        "load | FCFS meetings | "
        "FCFS % of bound | FCFS no meeting (placeable) | FCFS min share | FCFS breaks | "
        "FCFS s |",
        "|" + "---|" * 23,
    ]
    for n in sizes:
        out = subprocess.run(
            [
                sys.executable,
                __file__,
                "--scale-one",
                str(n),
                "--time-limit",
                str(args.time_limit),
                "--workers",
                str(args.workers),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        r = json.loads(out.stdout.strip().splitlines()[-1])
        o, b = r["ours"], r["baseline"]
        bound = max(1, r["meeting_bound"])
        below = 1 - o["table_changes"] / max(1, b["table_changes"])
        line = (
            f"| {n:,} | {r['requests']:,} | {o['meetings']:,} | {r['meeting_bound']:,} | "
            f"{100 * o['meetings'] / bound:.2f} | {o['weight']:,} / {r['weight_bound']:,} | "
            f"{o['unserved']:,} ({o['placeable']:,}) | {o['min_share']:.2f} | "
            f"{o['breaks']:,} | {o['table_changes']:,} | {b['table_changes']:,} | "
            f"{100 * below:.1f}% | {o['in_day']:,} / {b['in_day']:,} "
            f"({100 * (1 - o['in_day'] / max(1, b['in_day'])):.1f}%) | "
            f"{r['reseated_changes']:,} ({r['seating_s']:.1f} s) | "
            f"{r['seconds']:.1f} | {r['peak_mb']:.0f} | {os.getloadavg()[0]:.2f} | "
            f"{b['meetings']:,} | {100 * b['meetings'] / bound:.2f} | "
            f"{b['unserved']:,} ({b['placeable']:,}) | {b['min_share']:.2f} | {b['breaks']:,} | "
            f"{r['baseline_s']:.1f} |"
        )
        if not (r["baseline_valid"] and r["reseated_valid"]):
            line += " (a baseline schedule failed validation)"
        lines.append(line)
        print(line, flush=True)
    write("scale", "Scheduler scale series against first-come-first-served", lines, started)


def suite_incremental(args: argparse.Namespace) -> None:
    from clustermeet.engine.scheduling.selection import (
        EventInstance,
        Placement,
        Request,
        generate_event,
        reschedule,
        solve_event,
    )

    started = time.perf_counter()
    n = 1_000
    instance = generate_event(n, seed=7)
    first = solve_event(instance, time_limit=args.time_limit, workers=args.workers)
    rng = random.Random(11)
    k = max(1, len(instance.requests) // 100)
    cancelled = set(rng.sample(range(len(instance.requests)), k // 2))
    keep = [i for i in range(len(instance.requests)) if i not in cancelled]
    renumber = {old: new for new, old in enumerate(keep)}
    requests = [instance.requests[i] for i in keep]
    pairs = {(min(r.first, r.second), max(r.first, r.second)) for r in instance.requests}
    orgs = [p.organisation for p in instance.participants]
    while len(requests) < len(keep) + (k - k // 2):
        a, b = rng.randrange(n), rng.randrange(n)
        if a != b and orgs[a] != orgs[b] and (min(a, b), max(a, b)) not in pairs:
            pairs.add((min(a, b), max(a, b)))
            requests.append(Request(a, b, 1))
    changed = EventInstance(
        slot_days=instance.slot_days,
        tables=instance.tables,
        participants=instance.participants,
        seats=instance.seats,
        requests=tuple(requests),
    )
    previous = [
        Placement(renumber[p.request], p.slot, p.table)
        for p in first.placements
        if p.request in renumber
    ]
    lost = len(first.placements) - len(previous)
    t0 = time.perf_counter()
    result, diff = reschedule(changed, previous)
    seconds = time.perf_counter() - t0
    moved_pct = 100 * len(diff.moved) / max(1, len(previous))
    lines = [
        f"{n:,} people, {len(instance.requests):,} requests; {k // 2} cancelled (of which "
        f"{lost} were held meetings) and {k - k // 2} new requests (1% changed). "
        "Unaffected meetings: the previous meetings whose request still stands.",
        "",
        "| meetings before | unaffected | kept in place | moved | moved % | removed | added | "
        "meetings after | s |",
        "|---|---|---|---|---|---|---|---|---|",
        f"| {len(first.placements):,} | {len(previous):,} | "
        f"{len(previous) - len(diff.moved) - len(diff.removed):,} | {len(diff.moved)} | "
        f"{moved_pct:.2f} | {len(diff.removed)} | {len(diff.added)} | "
        f"{len(result.placements):,} | {seconds:.2f} |",
    ]
    write("incremental", "Scheduler: incremental re-scheduling", lines, started)


# --- What the JAIR implied constraints buy ---------------------------------------------

IMPLIED_FILES = (
    "forum-13crafb",
    "forum-13crafc",
    "forum-14",
    "tic-13crafc",
    "ticf-13crafb",
    "ticf-13crafc",
    "ticf-14crafa",
)
IMPLIED_VARIANTS = {
    "both": ("busy-count", "slot-cap"),
    "no slot cap": ("busy-count",),
    "no busy count": ("slot-cap",),
    "neither": (),
}


def _implied_child(path: str, implied: tuple[str, ...], conn: Any) -> None:
    from clustermeet.engine.scheduling.jair import parse_dzn
    from clustermeet.engine.scheduling.jair.maxsat import solve_maxsat

    answer = solve_maxsat(parse_dzn(Path(path).read_text()), 2, implied=frozenset(implied))
    conn.send(None if answer is None else answer.cost)


def suite_implied(args: argparse.Namespace) -> None:
    """One MaxSAT search alone (no CP-SAT), with and without each implied constraint."""
    import multiprocessing

    started = time.perf_counter()
    rows = {
        r["base"]: r
        for r in csv.DictReader((GIRONA / "manifest.csv").open())
        if r["variant"] == "original" and r["base"] in IMPLIED_FILES
    }
    names = list(IMPLIED_VARIANTS)
    lines = [
        "JAIR's implied constraints: busy count (a participant's busy slots = its meetings) "
        "and slot cap (at most 2·tables busy participants per slot). One MaxSAT search "
        f"(Kissat, linear from below) alone, no CP-SAT; seconds, time limit "
        f"{args.time_limit:.0f} s (`-` = not solved). Every answer found is checked "
        "against the published optimum.",
        "",
        "| file | published | " + " | ".join(names) + " |",
        "|---|---|" + "---|" * len(names),
    ]
    totals = dict.fromkeys(names, 0.0)
    context = multiprocessing.get_context("fork")
    for base in IMPLIED_FILES:
        row = rows[base]
        cells = []
        for name, implied in IMPLIED_VARIANTS.items():
            receive, send = context.Pipe(duplex=False)
            child = context.Process(
                target=_implied_child, args=(str(GIRONA / row["file"]), implied, send)
            )
            t0 = time.perf_counter()
            child.start()
            cost = receive.recv() if receive.poll(args.time_limit) else "timeout"
            seconds = time.perf_counter() - t0
            child.kill()
            child.join()
            if cost == "timeout":
                cells.append("-")
                totals[name] += args.time_limit
                continue
            if str(cost) != row["jair_best_maxsat"]:
                raise SystemExit(
                    f"{base} {name}: {cost} breaks, published {row['jair_best_maxsat']}"
                )
            cells.append(f"{seconds:.1f}")
            totals[name] += seconds
        line = f"| {base} | {row['jair_best_maxsat']} | " + " | ".join(cells) + " |"
        lines.append(line)
        print(line, flush=True)
    lines.append(
        "| total (limit for `-`) | | " + " | ".join(f"{totals[n]:.1f}" for n in names) + " |"
    )
    write("implied", "What the JAIR implied constraints buy", lines, started)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--suite",
        default="all",
        choices=[
            "girona",
            "girona-d",
            "cli",
            "planted",
            "event",
            "scale",
            "incremental",
            "implied",
            "all",
        ],
    )
    parser.add_argument("--quick", action="store_true")
    parser.add_argument(
        "--busy", action="store_true", help="cli: run a CPU-bound process beside the solver"
    )
    parser.add_argument(
        "--baseline",
        type=Path,
        help="cli: also run the command on this source tree (e.g. /work/main/src)",
    )
    parser.add_argument("--repeat", type=int, default=1, help="cli: runs per file (median)")
    parser.add_argument("--time-limit", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--only",
        default="",
        help="Girona: only files containing TEXT; scale, planted: only that size",
    )
    parser.add_argument("--scale-one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.scale_one:
        print(json.dumps(scale_one(args.scale_one, args.time_limit, args.workers)))
        return 0
    suites = {
        "girona": suite_girona,
        "girona-d": suite_girona_d,
        "cli": lambda a: suites_fixed.suite_cli(a, write, GIRONA),
        "planted": lambda a: suites_fixed.suite_planted(a, write),
        "event": lambda a: suites_event.suite_event(a, write),
        "scale": suite_scale,
        "incremental": suite_incremental,
        "implied": suite_implied,
    }
    if (
        args.suite in ("girona", "girona-d", "cli", "implied", "all")
        and not (GIRONA / "manifest.csv").exists()
    ):
        print(f"Girona files not found under {GIRONA}; set CLUSTERMEET_SHARED.", file=sys.stderr)
        if args.suite != "all":
            return 1
        for name in ("girona", "girona-d", "cli", "implied"):
            suites.pop(name)
    for name, suite in suites.items():
        # The implied-constraints study is not part of "all": it is for the docs.
        if args.suite == name or (args.suite == "all" and name != "implied"):
            suite(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
