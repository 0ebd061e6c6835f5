"""What the database refuses beyond the fields: see `clustermeet.integrity`."""

from django.db import migrations

from clustermeet.integrity import AddCompositeForeignKey, AddSessionOverlapGuard, CompositeForeignKey


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0002_initial"),
        ("profiles", "0001_initial"),
    ]

    operations = [
        AddCompositeForeignKey(
            CompositeForeignKey(
                "slot_session_event", "events_slot", ('session_id', 'event_id'), "events_session", ('id', 'event_id')
            )
        ),
        AddCompositeForeignKey(
            CompositeForeignKey(
                "table_host_event", "events_table", ('host_id', 'event_id'), "profiles_organisation", ('id', 'event_id')
            )
        ),
        AddSessionOverlapGuard(),
    ]
