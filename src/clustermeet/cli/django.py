"""Start Django for commands that need the database."""

from __future__ import annotations

import os


def setup(migrate: bool = True) -> None:
    """Start Django; bring the database up to date first, so every command just works."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clustermeet.site.settings")
    import django

    django.setup()
    if migrate and _pending_migrations():
        call("migrate", "--no-input", verbosity=0)


def _pending_migrations() -> bool:
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    return bool(executor.migration_plan(executor.loader.graph.leaf_nodes()))


def call(*args: str, **options: object) -> None:
    """Run a Django management command (migrate, runserver...) by name."""
    from django.core.management import call_command

    call_command(*args, **options)
