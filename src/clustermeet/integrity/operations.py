"""Migration operations for composite foreign keys and the session-overlap guard."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.operations.base import Operation
from django.db.migrations.state import ProjectState


@dataclass(frozen=True)
class CompositeForeignKey:
    """`columns` of `table` must name a row of `to_table` by `to_columns` (NULL: no check)."""

    name: str
    table: str
    columns: tuple[str, ...]
    to_table: str
    to_columns: tuple[str, ...]
    # CASCADE keeps a copied column in step with the row it copies (a seat's slot).
    on_update: str = "NO ACTION"
    on_delete: str = "NO ACTION"

    def clause(self, quote: Any) -> str:
        cols = ", ".join(quote(c) for c in self.columns)
        to_cols = ", ".join(quote(c) for c in self.to_columns)
        return (
            f"CONSTRAINT {quote(self.name)} FOREIGN KEY ({cols}) "
            f"REFERENCES {quote(self.to_table)} ({to_cols}) "
            f"ON UPDATE {self.on_update} ON DELETE {self.on_delete} "
            # Checked at commit like Django's own keys, so rows may be written in any order
            # inside a transaction; the CASCADE actions still happen at once.
            "DEFERRABLE INITIALLY DEFERRED"
        )


_DECLARED: dict[str, CompositeForeignKey] = {}
_GUARDS: set[str] = set()


def declared() -> tuple[list[CompositeForeignKey], list[str]]:
    """Every composite key and guard the migrations add (filled when migrations are loaded)."""
    return sorted(_DECLARED.values(), key=lambda k: k.name), sorted(_GUARDS)


def _sqlite_add_table_clause(
    schema_editor: BaseDatabaseSchemaEditor, table: str, clause: str
) -> None:
    """SQLite cannot add a constraint to a table: rebuild it with the clause, as Django does."""
    cursor = schema_editor.connection.cursor()
    cursor.execute("SELECT sql FROM sqlite_master WHERE type='table' AND name=%s", [table])
    (create_sql,) = cursor.fetchone()
    cursor.execute(
        "SELECT sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name=%s "
        "AND sql IS NOT NULL",
        [table],
    )
    dependents = [row[0] for row in cursor.fetchall()]
    temp = f"new__{table}"
    body = create_sql.rstrip()
    assert body.endswith(")"), create_sql
    new_sql = re.sub(r'^CREATE TABLE "[^"]+"', f'CREATE TABLE "{temp}"', body[:-1]) + f", {clause})"
    schema_editor.execute(new_sql)
    schema_editor.execute(f'INSERT INTO "{temp}" SELECT * FROM "{table}"')
    schema_editor.execute(f'DROP TABLE "{table}"')
    schema_editor.execute(f'ALTER TABLE "{temp}" RENAME TO "{table}"')
    for sql in dependents:
        schema_editor.execute(sql)


class AddCompositeForeignKey(Operation):
    reduces_to_sql = True
    reversible = True

    def __init__(self, key: CompositeForeignKey) -> None:
        self.key = key
        _DECLARED[key.name] = key

    def deconstruct(self) -> tuple[str, list[Any], dict[str, Any]]:
        return (self.__class__.__name__, [self.key], {})

    def state_forwards(self, app_label: str, state: ProjectState) -> None:
        pass  # the models' state does not know composite keys

    def database_forwards(
        self,
        app_label: str,
        schema_editor: BaseDatabaseSchemaEditor,
        from_state: ProjectState,
        to_state: ProjectState,
    ) -> None:
        clause = self.key.clause(schema_editor.quote_name)
        if schema_editor.connection.vendor == "sqlite":
            _sqlite_add_table_clause(schema_editor, self.key.table, clause)
        else:
            schema_editor.execute(
                f"ALTER TABLE {schema_editor.quote_name(self.key.table)} ADD {clause}"
            )

    def database_backwards(
        self,
        app_label: str,
        schema_editor: BaseDatabaseSchemaEditor,
        from_state: ProjectState,
        to_state: ProjectState,
    ) -> None:
        if schema_editor.connection.vendor == "sqlite":
            return  # the table's next rebuild drops it; SQLite cannot drop one constraint
        schema_editor.execute(
            f"ALTER TABLE {schema_editor.quote_name(self.key.table)} "
            f"DROP CONSTRAINT {schema_editor.quote_name(self.key.name)}"
        )

    def describe(self) -> str:
        return f"Composite foreign key {self.key.name}"


_GUARD_NAME = "session_no_overlap"
# Two sessions of one event overlap when they share a date and each starts before the other ends.
_OVERLAP = (
    "SELECT 1 FROM events_session s WHERE s.event_id = NEW.event_id AND s.id <> NEW.id "
    "AND s.date = NEW.date AND s.start_time < NEW.end_time AND NEW.start_time < s.end_time"
)
_MESSAGE = "session_no_overlap: sessions of one event may not overlap"


class AddSessionOverlapGuard(Operation):
    """Sessions of one event may not overlap: a trigger, since no portable constraint can say so."""

    reduces_to_sql = True
    reversible = True

    def __init__(self) -> None:
        _GUARDS.add(_GUARD_NAME)

    def deconstruct(self) -> tuple[str, list[Any], dict[str, Any]]:
        return (self.__class__.__name__, [], {})

    def state_forwards(self, app_label: str, state: ProjectState) -> None:
        pass

    def database_forwards(
        self,
        app_label: str,
        schema_editor: BaseDatabaseSchemaEditor,
        from_state: ProjectState,
        to_state: ProjectState,
    ) -> None:
        if schema_editor.connection.vendor == "sqlite":
            for when in ("INSERT", "UPDATE"):
                schema_editor.execute(
                    f"CREATE TRIGGER {_GUARD_NAME}_{when.lower()} BEFORE {when} ON events_session "
                    f"WHEN EXISTS ({_OVERLAP}) BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END"
                )
            return
        # PostgreSQL: the advisory lock serialises concurrent writers of one event's sessions.
        schema_editor.execute(
            f"CREATE FUNCTION {_GUARD_NAME}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"PERFORM pg_advisory_xact_lock(7301, NEW.event_id::int); "
            f"IF EXISTS ({_OVERLAP}) THEN RAISE EXCEPTION '{_MESSAGE}' "
            f"USING ERRCODE = 'exclusion_violation'; END IF; RETURN NEW; END $$"
        )
        schema_editor.execute(
            f"CREATE TRIGGER {_GUARD_NAME} BEFORE INSERT OR UPDATE ON events_session "
            f"FOR EACH ROW EXECUTE FUNCTION {_GUARD_NAME}()"
        )

    def database_backwards(
        self,
        app_label: str,
        schema_editor: BaseDatabaseSchemaEditor,
        from_state: ProjectState,
        to_state: ProjectState,
    ) -> None:
        if schema_editor.connection.vendor == "sqlite":
            for when in ("insert", "update"):
                schema_editor.execute(f"DROP TRIGGER IF EXISTS {_GUARD_NAME}_{when}")
            return
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {_GUARD_NAME} ON events_session")
        schema_editor.execute(f"DROP FUNCTION IF EXISTS {_GUARD_NAME}()")

    def describe(self) -> str:
        return "Sessions of one event may not overlap"
