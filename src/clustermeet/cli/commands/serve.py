"""`clustermeet serve`: migrate the database and run the web app."""

from __future__ import annotations

import argparse

from clustermeet.cli import django as cm_django


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "serve",
        help="migrate the database and serve the web app",
        description="Apply pending migrations, then serve the web app (Django's threaded server).",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port (8000)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    cm_django.setup()
    cm_django.call("migrate", "--no-input", verbosity=0)
    serve(args.host, args.port)
    return 0


def serve(host: str, port: int) -> None:
    from django.core.management import call_command

    # Static files are served by runserver itself; --insecure lets it do so without DEBUG.
    call_command("runserver", f"{host}:{port}", use_reloader=False, insecure_serving=True)
