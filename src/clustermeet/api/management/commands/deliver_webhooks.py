"""`python -m django deliver_webhooks [--loop]`: send the webhook deliveries that are due
(first attempts that failed, and their retries). With --loop it is the delivery worker."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from clustermeet.api.domain.delivery import deliver_due
from clustermeet.events.scoping import all_events


class Command(BaseCommand):
    help = "Send the webhook deliveries that are due; --loop keeps doing so."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--loop", action="store_true", help="keep delivering, every 5 s")

    def handle(self, *args: Any, **options: Any) -> None:
        with all_events():
            while True:
                sent = deliver_due()
                if sent:
                    self.stdout.write(f"{sent} deliveries attempted")
                if not options["loop"]:
                    return
                time.sleep(5)
