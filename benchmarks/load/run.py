"""`make bench-load`: clustermeet under gunicorn on PostgreSQL, the demo event scaled to 1,000
participants, 500 simulated participants (locust, headless) for 60 s on loopback only.

It creates its own database (bench_load, dropped at the end), prepares the event
(scaled_event.py), starts `clustermeet serve --production`, runs locust against it, prints
p50 / p95 / p99, throughput and errors per endpoint kind with the machine and its load, and
writes the table to benchmarks/results/load.md. Targets: 0 errors, p95 < 300 ms for reads,
< 500 ms for writes."""

from __future__ import annotations

import argparse
import csv
import os
import platform
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import psycopg

HERE = Path(__file__).resolve().parent
RESULTS = HERE.parent / "results" / "load.md"
TARGETS_MS = {"read": 300, "write": 500}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _admin(server: str, sql: str) -> None:
    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        connection.execute(sql)


def _cpu() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown CPU"


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _wait_for(url: str, server: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"the server stopped:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            time.sleep(0.5)
    sys.exit(f"the server did not answer within 180 s:\n{log.read_text()[-3000:]}")


def _alone(base: str, world: Path) -> str:
    """Median of 20 sequential reads by one participant, before the crowd arrives: the
    service time itself, without queueing."""
    import json
    import statistics

    data = json.loads(world.read_text())
    me = data["people"][0]
    paths = {
        "agenda": f"/participants/{me['id']}/agenda/",
        "recommendations": f"/participants/{me['id']}/recommendations/",
        "requests": f"/requests/?status=pending&requested={me['id']}",
    }
    parts = []
    for kind, path in paths.items():
        times = []
        for _ in range(20):
            request = urllib.request.Request(f"{base}/api/v1/events/{data['slug']}{path}")
            request.add_header("Authorization", f"Bearer {me['token']}")
            began = time.perf_counter()
            with urllib.request.urlopen(request, timeout=30) as answer:
                answer.read()
            times.append((time.perf_counter() - began) * 1000)
        parts.append(f"{kind} {statistics.median(times):.0f} ms")
    return ", ".join(parts)


def _table(stats: Path) -> tuple[list[str], bool]:
    rows, met = [], True
    header = "| endpoint kind | requests | errors | p50 ms | p95 ms | p99 ms | req/s | target p95 |"
    lines = [header, "|---|---:|---:|---:|---:|---:|---:|---|"]
    with stats.open() as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        name = row["Name"]
        kind = name.split(":")[0] if ":" in name else ""
        target = TARGETS_MS.get(kind)
        p95 = float(row["95%"])
        errors = int(row["Failure Count"])
        ok = errors == 0 and (target is None or p95 < target)
        met = met and ok
        verdict = f"< {target} ms: {'met' if ok else 'missed'}" if target else ""
        lines.append(
            f"| {name} | {row['Request Count']} | {errors} | {row['50%']} | {row['95%']} | "
            f"{row['99%']} | {float(row['Requests/s']):.1f} | {verdict} |"
        )
    return lines, met


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/13")
    parser.add_argument("--users", type=int, default=500)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--workers", type=int, default=None, help="gunicorn workers")
    args = parser.parse_args()
    database = "bench_load"
    work = Path(tempfile.mkdtemp(prefix="clustermeet-load-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CLUSTERMEET_", "CELERY_"))}
    env.update(
        DATABASE_URL=f"{args.server}/{database}",
        CLUSTERMEET_DATA_DIR=str(work),
        CLUSTERMEET_SECRET_KEY="bench-load-only-" + "x" * 40,
        CLUSTERMEET_ALLOWED_HOSTS="127.0.0.1",
        CLUSTERMEET_REDIS_URL=args.redis,
        CLUSTERMEET_SMTP_URL="smtp+plain://127.0.0.1:25",
        CLUSTERMEET_MAIL_FROM="bench@example.org",
        DJANGO_SETTINGS_MODULE="clustermeet.site.production",
    )
    # No broker: notices and the like run in the web process; mail goes nowhere.
    env["CELERY_BROKER_URL"] = ""
    env["CLUSTERMEET_LOAD_WORLD"] = str(work / "world.json")
    _admin(args.server, f"DROP DATABASE IF EXISTS {database}")
    _admin(args.server, f"CREATE DATABASE {database}")
    server = None
    try:
        print(f"preparing the event in {database} …", flush=True)
        began = time.perf_counter()
        subprocess.run(
            [sys.executable, str(HERE / "scaled_event.py"), env["CLUSTERMEET_LOAD_WORLD"]],
            env=env,
            check=True,
        )
        prepared = time.perf_counter() - began
        port = _free_port()
        log = work / "gunicorn.log"
        serve = [sys.executable, "-m", "clustermeet.cli.main", "serve", "--production",
                 "--port", str(port)]  # fmt: skip
        if args.workers:
            serve += ["--workers", str(args.workers)]
        with log.open("w") as out:
            server = subprocess.Popen(serve, env=env, stdout=out, stderr=subprocess.STDOUT)
        _wait_for(f"http://127.0.0.1:{port}/api/v1/events/", server, log)
        alone = _alone(f"http://127.0.0.1:{port}", Path(env["CLUSTERMEET_LOAD_WORLD"]))
        before = _load()
        print(f"load average before: {before}; {args.users} users for {args.seconds} s", flush=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "locust",
                "-f",
                str(HERE / "locustfile.py"),
                "--headless",
                "--users",
                str(args.users),
                "--spawn-rate",
                "50",
                "--run-time",
                f"{args.seconds}s",
                "--host",
                f"http://127.0.0.1:{port}",
                "--csv",
                str(work / "load"),
                "--only-summary",
                "--stop-timeout",
                "10",
                "--exit-code-on-error",
                "0",
            ],  # fmt: skip
            env=env,
            check=True,
        )
        after = _load()
        lines, met = _table(work / "load_stats.csv")
        workers = args.workers or 2 * (os.cpu_count() or 1) + 1
        head = [
            "# make bench-load",
            "",
            f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}: {os.cpu_count()} cores "
            f"({_cpu()}), shared with other work; load average {before} before the run and "
            f"{after} after (1, 5, 15 min).",
            f"gunicorn {workers} workers × 4 threads, PostgreSQL, Redis cache; the demo "
            f"event scaled to 1,000 participants (prepared in {prepared:.0f} s); "
            f"{args.users} simulated participants (locust, think time 2–8 s) for "
            f"{args.seconds} s, on loopback, locust on the same machine.",
            f"One participant alone first (median of 20 sequential reads): {alone}.",
            "A 400 carrying the verb's sentence (already asked, quota reached) counts as an "
            "answer; an error is a 5xx, 401/403/404, 409, 429, a timeout or a dropped "
            "connection (locust's 0).",
            "",
        ]
        text = "\n".join([*head, *lines, "", f"All targets met: {'yes' if met else 'no'}.", ""])
        print(text)
        RESULTS.write_text(text)
        return 0
    finally:
        if server is not None:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=30)
        _admin(args.server, f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")


if __name__ == "__main__":
    raise SystemExit(main())
