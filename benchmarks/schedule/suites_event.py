"""Selection-mode suite of `make bench-schedule`: the EU-Canada demo event against
first-come-first-served booking, in the same run.

- event: `src/clustermeet/demo/eu_canada_2019.json` (84 people, mutual and must-meet
  requests, 3 days) through `solve_event` as `clustermeet schedule EVENT.json` runs it;
  each stage's finishing time from the progress lines, then weight against the proven
  bound, breaks within a day and people left without a meeting, beside the baseline.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections.abc import Callable
from pathlib import Path

Write = Callable[[str, str, list[str], float], None]

EVENT = Path(__file__).resolve().parents[2] / "src" / "clustermeet" / "demo" / "eu_canada_2019.json"


def suite_event(args: argparse.Namespace, write: Write) -> None:
    from clustermeet.engine.scheduling.selection import solve_event, validate_event
    from clustermeet.engine.scheduling.selection.baseline import first_come_first_served
    from clustermeet.exchange.event_file.scheduling import event_file_instance

    started = time.perf_counter()
    instance, _ = event_file_instance(json.loads(EVENT.read_text(encoding="utf-8")))
    stages: list[str] = []
    begin = time.perf_counter()

    def progress(line: str) -> None:
        if "stage" in line:
            stages.append(f"{line.split()[1]} {line.split()[0]}")

    result = solve_event(instance, args.time_limit, args.workers, progress)
    booked = validate_event(instance, first_come_first_served(instance)).summary
    ours = result.stats
    lines = [
        f"The demo event (`{EVENT.name}`: {len(instance.participants)} people, "
        f"{len(instance.requests)} meeting wishes, {instance.n_slots} slots, "
        f"{len(instance.tables)} tables) through `solve_event`, time limit "
        f"{args.time_limit:.0f} s, {args.workers} workers, beside first-come-first-served "
        f"booking in the same run. Stages: when each finished (s since the start). Load: "
        f"the 1-minute load average after the run, {os.getloadavg()[0]:.1f}.",
        "",
        "| | status | meetings | weight | bound | breaks | no meeting | min share | s |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
        f"| ours | {result.status.value} | {ours['meetings']:.0f} | {result.weight} | "
        f"{result.bound} | {ours['breaks']:.0f} | {ours['unserved']:.0f} | "
        f"{ours['min_share']:.2f} | {time.perf_counter() - begin:.1f} |",
        f"| first come, first served | | {booked['meetings']:.0f} | {booked['weight']:.0f} | "
        f"| {booked['breaks']:.0f} | {booked['unserved']:.0f} | {booked['min_share']:.2f} | |",
        "",
        "Stages: " + ", ".join(stages) + ".",
    ]
    write("event", "The demo event against first come, first served", lines, started)
