"""`clustermeet worker`: a Celery worker for some of the task queues, or `--beat`, the clock
that starts the periodic tasks (webhook retries); always with the production settings'
broker unless `--development`."""

from __future__ import annotations

import argparse
import os
import sys

QUEUES = ("solver", "mail", "webhooks", "default")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "worker",
        help="run a Celery worker for task queues (or --beat)",
        description="Run a Celery worker over Redis for the given queues: solver (the "
        "scheduler and the matcher, CPU-bound: one per core), mail, webhooks and default. "
        "Start one worker per queue group so that a slow mail server never holds up a solve.",
    )
    parser.add_argument(
        "--queues",
        default=",".join(QUEUES),
        help=f"comma-separated queues ({','.join(QUEUES)})",
    )
    parser.add_argument(
        "--concurrency", type=int, default=None, help="processes (default: one per core)"
    )
    parser.add_argument(
        "--beat", action="store_true", help="run celery beat (one per deployment) instead"
    )
    parser.add_argument(
        "--development",
        action="store_true",
        help="the development settings (CELERY_BROKER_URL must be set) instead of production",
    )
    parser.set_defaults(handler=run)


def celery_command(queues: list[str], concurrency: int | None, beat: bool) -> list[str]:
    base = [sys.executable, "-m", "celery", "-A", "clustermeet.tasks.worker"]
    if beat:
        return [*base, "beat", "--loglevel=INFO"]
    command = [*base, "worker", f"--queues={','.join(queues)}", "--loglevel=INFO"]
    if concurrency:
        command.append(f"--concurrency={concurrency}")
    return command


def run(args: argparse.Namespace) -> int:
    from clustermeet.cli.commands.serve import PRODUCTION_SETTINGS, settings_problem

    queues = [q.strip() for q in args.queues.split(",") if q.strip()]
    unknown = sorted(set(queues) - set(QUEUES))
    if unknown or not queues:
        print(
            f"clustermeet worker: unknown queues {unknown}; expected some of {', '.join(QUEUES)}.",
            file=sys.stderr,
        )
        return 2
    if args.development:
        if not os.environ.get("CELERY_BROKER_URL"):
            print("clustermeet worker: set CELERY_BROKER_URL (Redis).", file=sys.stderr)
            return 2
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clustermeet.site.settings")
    else:
        os.environ["DJANGO_SETTINGS_MODULE"] = PRODUCTION_SETTINGS
    problem = settings_problem()  # here, in one line, rather than in Celery's traceback
    if problem:
        print(f"clustermeet worker: {problem}", file=sys.stderr)
        return 2
    command = celery_command(queues, args.concurrency, args.beat)
    sys.stdout.flush()
    os.execv(sys.executable, command)
