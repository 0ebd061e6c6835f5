"""What the database refuses beyond the fields: see `clustermeet.integrity`."""

from django.db import migrations

from clustermeet.integrity import AddCompositeForeignKey, CompositeForeignKey


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0001_initial"),
    ]

    operations = [
        AddCompositeForeignKey(
            CompositeForeignKey(
                "request_requester_event", "meetings_request", ('requester_id', 'event_id'), "profiles_participant", ('id', 'event_id')
            )
        ),
        AddCompositeForeignKey(
            CompositeForeignKey(
                "request_requested_event", "meetings_request", ('requested_id', 'event_id'), "profiles_participant", ('id', 'event_id')
            )
        ),
        AddCompositeForeignKey(
            CompositeForeignKey(
                "request_proposed_slot_event", "meetings_request", ('proposed_slot_id', 'event_id'), "events_slot", ('id', 'event_id')
            )
        ),
        AddCompositeForeignKey(
            CompositeForeignKey(
                "meeting_schedule_event", "meetings_meeting", ('schedule_id', 'event_id'), "meetings_schedule", ('id', 'event_id')
            )
        ),
        AddCompositeForeignKey(
            CompositeForeignKey(
                "meeting_slot_event", "meetings_meeting", ('slot_id', 'event_id'), "events_slot", ('id', 'event_id')
            )
        ),
        AddCompositeForeignKey(
            CompositeForeignKey(
                "meeting_table_event", "meetings_meeting", ('table_id', 'event_id'), "events_table", ('id', 'event_id')
            )
        ),
        AddCompositeForeignKey(
            CompositeForeignKey(
                "meeting_request_event", "meetings_meeting", ('request_id', 'event_id'), "meetings_request", ('id', 'event_id')
            )
        ),
        AddCompositeForeignKey(
            CompositeForeignKey(
                "seat_follows_meeting", "meetings_seat", ('meeting_id', 'event_id', 'schedule_id', 'slot_id', 'stands'), "meetings_meeting", ('id', 'event_id', 'schedule_id', 'slot_id', 'stands'), on_update="CASCADE", on_delete="CASCADE"
            )
        ),
        AddCompositeForeignKey(
            CompositeForeignKey(
                "seat_participant_event", "meetings_seat", ('participant_id', 'event_id'), "profiles_participant", ('id', 'event_id')
            )
        ),
        AddCompositeForeignKey(
            CompositeForeignKey(
                "outcome_meeting_event", "meetings_outcome", ('meeting_id', 'event_id'), "meetings_meeting", ('id', 'event_id')
            )
        ),
        AddCompositeForeignKey(
            CompositeForeignKey(
                "outcome_by_seat", "meetings_outcome", ('meeting_id', 'participant_id'), "meetings_seat", ('meeting_id', 'participant_id'), on_delete="CASCADE"
            )
        ),
    ]
