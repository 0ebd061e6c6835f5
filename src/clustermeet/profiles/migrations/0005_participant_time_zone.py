"""A participant's own time zone, shown on their agenda beside the event's.

Added with ALTER TABLE ... ADD COLUMN (see 0003): a rebuild on SQLite would drop the composite
foreign keys of 0002."""

import clustermeet.events.models
from django.db import migrations, models


def add_column(apps, schema_editor):
    schema_editor.execute(
        'ALTER TABLE "profiles_participant" ADD COLUMN "time_zone" varchar(64) '
        "NOT NULL DEFAULT ''"
    )


def drop_column(apps, schema_editor):
    schema_editor.execute('ALTER TABLE "profiles_participant" DROP COLUMN "time_zone"')


class Migration(migrations.Migration):

    dependencies = [
        ('profiles', '0004_registration_state'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddField(
                    model_name='participant',
                    name='time_zone',
                    field=models.CharField(blank=True, help_text="Where this person's agenda shows a second clock; empty: the event's only", max_length=64, validators=[clustermeet.events.models.validate_time_zone]),
                ),
            ],
            database_operations=[migrations.RunPython(add_column, drop_column)],
        ),
    ]
