"""Where a participant's registration stands (pending, approved, rejected) and when they
consented to the event's privacy terms. Everyone already there is approved.

The registration column is added with ALTER TABLE ... ADD COLUMN on every database: on SQLite
Django would rebuild the table for a NOT NULL column, and the rebuild would drop the composite
foreign keys of 0002 (as 0003 explains). The nullable consent column needs no rebuild."""

from django.db import migrations, models


def add_column(apps, schema_editor):
    schema_editor.execute(
        'ALTER TABLE "profiles_participant" ADD COLUMN "registration" varchar(16) '
        "NOT NULL DEFAULT 'approved'"
    )


def drop_column(apps, schema_editor):
    schema_editor.execute('ALTER TABLE "profiles_participant" DROP COLUMN "registration"')


class Migration(migrations.Migration):

    dependencies = [
        ('profiles', '0003_named_in_report'),
    ]

    operations = [
        migrations.AddField(
            model_name='participant',
            name='consent_at',
            field=models.DateTimeField(blank=True, help_text="When the person agreed to the event's privacy terms", null=True),
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddField(
                    model_name='participant',
                    name='registration',
                    field=models.CharField(choices=[('pending', "Waiting for the organisers' approval"), ('approved', 'Approved'), ('rejected', 'Not accepted')], default='approved', max_length=16),
                ),
            ],
            database_operations=[migrations.RunPython(add_column, drop_column)],
        ),
    ]
