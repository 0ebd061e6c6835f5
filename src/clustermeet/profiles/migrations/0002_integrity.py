"""What the database refuses beyond the fields: see `clustermeet.integrity`."""

from django.db import migrations

from clustermeet.integrity import AddCompositeForeignKey, CompositeForeignKey


class Migration(migrations.Migration):
    dependencies = [
        ("profiles", "0001_initial"),
    ]

    operations = [
        AddCompositeForeignKey(
            CompositeForeignKey(
                "participant_organisation_event", "profiles_participant", ('organisation_id', 'event_id'), "profiles_organisation", ('id', 'event_id')
            )
        ),
        AddCompositeForeignKey(
            CompositeForeignKey(
                "participant_delegation_event", "profiles_participant", ('delegation_id', 'event_id'), "events_delegation", ('id', 'event_id')
            )
        ),
        AddCompositeForeignKey(
            CompositeForeignKey(
                "unavailability_participant_event", "profiles_unavailability", ('participant_id', 'event_id'), "profiles_participant", ('id', 'event_id')
            )
        ),
        AddCompositeForeignKey(
            CompositeForeignKey(
                "unavailability_slot_event", "profiles_unavailability", ('slot_id', 'event_id'), "events_slot", ('id', 'event_id')
            )
        ),
        AddCompositeForeignKey(
            CompositeForeignKey(
                "item_participant_event", "profiles_item", ('participant_id', 'event_id'), "profiles_participant", ('id', 'event_id')
            )
        ),
    ]
