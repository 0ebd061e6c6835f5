"""A participant's consent to have their organisation named in the post-event report.

Added with ALTER TABLE ... ADD COLUMN on every database: on SQLite Django would rebuild the
table for a NOT NULL column, and the rebuild would drop the composite foreign keys of 0002."""

from django.db import migrations, models


def add_column(apps, schema_editor):
    false = "0" if schema_editor.connection.vendor == "sqlite" else "false"
    kind = "bool" if schema_editor.connection.vendor == "sqlite" else "boolean"
    schema_editor.execute(
        f'ALTER TABLE "profiles_participant" ADD COLUMN "named_in_report" {kind} '
        f"NOT NULL DEFAULT {false}"
    )


def drop_column(apps, schema_editor):
    schema_editor.execute('ALTER TABLE "profiles_participant" DROP COLUMN "named_in_report"')


class Migration(migrations.Migration):

    dependencies = [
        ('profiles', '0002_integrity'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddField(
                    model_name='participant',
                    name='named_in_report',
                    field=models.BooleanField(default=False, help_text='Consents to have their organisation named in the post-event report'),
                ),
            ],
            database_operations=[migrations.RunPython(add_column, drop_column)],
        ),
    ]
