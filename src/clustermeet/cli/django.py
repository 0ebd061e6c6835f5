"""Start Django for commands that need the database."""

from __future__ import annotations

import os


def setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clustermeet.site.settings")
    import django

    django.setup()


def call(*args: str, **options: object) -> None:
    """Run a Django management command (migrate, runserver...) by name."""
    from django.core.management import call_command

    call_command(*args, **options)
