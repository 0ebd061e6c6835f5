"""Start Django for commands that need the database."""

from __future__ import annotations

import os
from contextlib import AbstractContextManager

_operator_scope: AbstractContextManager[None] | None = None


def setup(migrate: bool = True) -> None:
    """Start Django; bring the database up to date first, so every command just works."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clustermeet.site.settings")
    import django

    django.setup()
    # The command line is the server's operator: it sees every event. Web requests run in
    # their own threads, with their own scope (a new thread starts with an empty context).
    from clustermeet.events.scoping import all_events

    global _operator_scope
    if _operator_scope is None:
        # Kept referenced: a collected context manager would close and end the scope.
        _operator_scope = all_events()
        _operator_scope.__enter__()
    _refuse_a_database_of_the_first_layout()
    if migrate and _pending_migrations():
        call("migrate", "--no-input", verbosity=0)


class StaleDatabase(SystemExit):
    """The database was made before every event-data row carried its event."""


# A migration only databases of the first layout (before December 2026) have applied.
_FIRST_LAYOUT = ("profiles", "0002_participant_target_countries")


def _refuse_a_database_of_the_first_layout() -> None:
    """The first layout's migrations were replaced, not extended (no release had shipped): a
    database made by them cannot be brought up to date, so say so rather than fail midway."""
    import sys

    from django.db import connection
    from django.db.migrations.recorder import MigrationRecorder

    recorder = MigrationRecorder(connection)
    if not recorder.has_table() or _FIRST_LAYOUT not in recorder.applied_migrations():
        return
    where = connection.settings_dict.get("NAME")
    print(
        f"clustermeet: the database {where} was made by an earlier clustermeet whose layout "
        "cannot be upgraded; export what you need with that version, then delete the "
        "database (or point DATABASE_URL at a new one) and run `clustermeet demo` or "
        "`clustermeet import`.",
        file=sys.stderr,
    )
    raise StaleDatabase(1)


def _pending_migrations() -> bool:
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    return bool(executor.migration_plan(executor.loader.graph.leaf_nodes()))


def call(*args: str, **options: object) -> None:
    """Run a Django management command (migrate, runserver...) by name."""
    from django.core.management import call_command

    call_command(*args, **options)  # type: ignore[arg-type]
