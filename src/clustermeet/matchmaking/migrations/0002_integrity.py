"""What the database refuses beyond the fields: see `clustermeet.integrity`."""

from django.db import migrations

from clustermeet.integrity import AddCompositeForeignKey, CompositeForeignKey


class Migration(migrations.Migration):
    dependencies = [
        ("matchmaking", "0001_initial"),
        ("meetings", "0002_integrity"),
    ]

    operations = [
        AddCompositeForeignKey(
            CompositeForeignKey(
                "recommendation_participant_event", "matchmaking_recommendation", ('participant_id', 'event_id'), "profiles_participant", ('id', 'event_id')
            )
        ),
        AddCompositeForeignKey(
            CompositeForeignKey(
                "recommendation_candidate_event", "matchmaking_recommendation", ('candidate_id', 'event_id'), "profiles_participant", ('id', 'event_id')
            )
        ),
        AddCompositeForeignKey(
            CompositeForeignKey(
                "mark_participant_event", "matchmaking_mark", ('participant_id', 'event_id'), "profiles_participant", ('id', 'event_id')
            )
        ),
        AddCompositeForeignKey(
            CompositeForeignKey(
                "mark_target_event", "matchmaking_mark", ('target_id', 'event_id'), "profiles_participant", ('id', 'event_id')
            )
        ),
    ]
