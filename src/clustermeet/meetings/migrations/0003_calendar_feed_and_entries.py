"""The calendar feed's secret address and what each feed last showed of each meeting."""

import django.db.models.deletion
from django.db import migrations, models

from clustermeet.integrity import AddCompositeForeignKey, CompositeForeignKey


class Migration(migrations.Migration):

    dependencies = [
        ('events', '0004_booking_mode'),
        ('meetings', '0002_integrity'),
        ('profiles', '0005_participant_time_zone'),
    ]

    operations = [
        migrations.CreateModel(
            name='CalendarFeed',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('token', models.CharField(max_length=64, unique=True)),
                ('created_at', models.DateTimeField()),
                ('event', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='events.event')),
                ('participant', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='calendar_feed', to='profiles.participant')),
            ],
            options={
                'abstract': False,
            },
        ),
        migrations.CreateModel(
            name='CalendarEntry',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('ordinal', models.PositiveSmallIntegerField(default=0)),
                ('sequence', models.PositiveIntegerField(default=0)),
                ('start', models.DateTimeField()),
                ('end', models.DateTimeField()),
                ('table_name', models.CharField(max_length=100)),
                ('table_link', models.URLField(blank=True)),
                ('cancelled', models.BooleanField(default=False)),
                ('was_start', models.DateTimeField(blank=True, null=True)),
                ('was_table_name', models.CharField(blank=True, max_length=100)),
                ('event', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='events.event')),
                ('participant', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='calendar_entries', to='profiles.participant')),
                ('partner', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='profiles.participant')),
            ],
            options={
                'constraints': [models.UniqueConstraint(fields=('participant', 'partner', 'ordinal'), name='calendar_entry_once')],
            },
        ),
        AddCompositeForeignKey(
            CompositeForeignKey(
                "calendar_feed_participant_event", "meetings_calendarfeed", ('participant_id', 'event_id'), "profiles_participant", ('id', 'event_id')
            )
        ),
        AddCompositeForeignKey(
            CompositeForeignKey(
                "calendar_entry_participant_event", "meetings_calendarentry", ('participant_id', 'event_id'), "profiles_participant", ('id', 'event_id')
            )
        ),
        AddCompositeForeignKey(
            CompositeForeignKey(
                "calendar_entry_partner_event", "meetings_calendarentry", ('partner_id', 'event_id'), "profiles_participant", ('id', 'event_id')
            )
        ),
    ]
