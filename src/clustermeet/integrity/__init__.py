"""What the database itself refuses, beyond what Django's model fields declare.

Django has no composite foreign keys and no cross-row checks, so the rules that keep events
apart (a meeting's slot, table and seats all belong to its event) and that refuse a double
booking whatever writes (a seat's slot follows its meeting's) are added here as migration
operations. `declared()` lists them so a test can check the live database still has them:
SQLite loses them when Django rebuilds a table in a later migration.
"""

from clustermeet.integrity.operations import (
    AddCompositeForeignKey,
    AddSessionOverlapGuard,
    CompositeForeignKey,
    declared,
)

__all__ = ["AddCompositeForeignKey", "AddSessionOverlapGuard", "CompositeForeignKey", "declared"]
