"""`clustermeet serve`: migrate the database and run the web app; `--production` under
gunicorn with the production settings (clustermeet.site.production)."""

from __future__ import annotations

import argparse
import os
import sys

from clustermeet.cli import django as cm_django

PRODUCTION_SETTINGS = "clustermeet.site.production"


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "serve",
        help="migrate the database and serve the web app",
        description="Apply pending migrations, then serve the web app: Django's threaded "
        "server, or with --production gunicorn with static files collected and served by "
        "WhiteNoise (every setting from the environment; see the README's Deployment).",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port (8000)")
    parser.add_argument(
        "--production", action="store_true", help="gunicorn with the production settings"
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        help="gunicorn worker processes with --production (default: 2 x cores + 1)",
    )
    parser.add_argument("--threads", type=int, default=4, help="threads per gunicorn worker (4)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.production:
        return production(args)
    cm_django.setup()
    cm_django.call("migrate", "--no-input", verbosity=0)
    serve(args.host, args.port)
    return 0


def serve(host: str, port: int) -> None:
    from django.core.management import call_command

    # Static files are served by runserver itself; --insecure lets it do so without DEBUG.
    call_command("runserver", f"{host}:{port}", use_reloader=False, insecure_serving=True)


def gunicorn_command(host: str, port: int, workers: int, threads: int) -> list[str]:
    return [
        sys.executable, "-m", "gunicorn", "clustermeet.site.wsgi:application",
        f"--bind={host}:{port}", f"--workers={workers}", f"--threads={threads}",
        "--worker-class=gthread", "--timeout=60", "--graceful-timeout=20",
        # Longer than a client's pause between requests: a connection the server closes
        # just as the client reuses it fails that request.
        "--keep-alive=20",
        "--access-logfile=-", "--error-logfile=-",
    ]  # fmt: skip


def production(args: argparse.Namespace) -> int:
    os.environ["DJANGO_SETTINGS_MODULE"] = PRODUCTION_SETTINGS
    problem = settings_problem()
    if problem:
        print(f"clustermeet serve --production: {problem}", file=sys.stderr)
        return 2
    cm_django.setup()  # migrates
    cm_django.call("collectstatic", "--no-input", verbosity=0)
    workers = args.workers or 2 * (os.cpu_count() or 1) + 1
    command = gunicorn_command(args.host, args.port, workers, args.threads)
    sys.stdout.flush()
    os.execv(sys.executable, command)  # gunicorn takes over this process (signals, pid)


def settings_problem() -> str | None:
    """Why the settings module named in the environment cannot load (the production one
    names each missing setting), or None."""
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured

    try:
        settings.INSTALLED_APPS  # noqa: B018  (reading it loads the module)
    except ImproperlyConfigured as error:
        return str(error)
    return None
