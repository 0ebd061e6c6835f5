"""Tasks without a broker: run in-process, inside the event's scope, progress in a TaskRun."""

import re

import pytest

from clustermeet.events.scoping import all_events, event_scope
from clustermeet.matchmaking.models import Recommendation
from clustermeet.matchmaking.tasks import compute_recommendations
from clustermeet.meetings.models import Meeting, Schedule
from clustermeet.meetings.tasks import schedule_event
from clustermeet.profiles.models import Participant
from clustermeet.tasks.adapter import task
from clustermeet.tasks.models import TaskRun
from tests.factories import make_event, make_item, make_participant, make_user
from tests.tasks.small_event import small_event


@pytest.mark.django_db
def test_schedule_task_without_broker_runs_in_process_and_stores_schedule(settings):
    settings.CELERY_BROKER_URL = None
    event, _ = small_event()
    run = schedule_event.start(event, time_limit=5)
    schedule = Schedule.objects.get(event=event)
    assert (run.state, run.percent, run.phase, run.error) == ("done", 100, "done", "")
    assert run.result == {"schedule": schedule.pk, "version": 1, "status": "OPTIMAL"}
    assert Meeting.objects.filter(schedule=schedule).count() == 3
    assert run.started_at is not None and run.finished_at >= run.started_at
    assert run.started_by is None  # the command line


@pytest.mark.django_db
def test_task_progress_reports_each_phase_in_order(settings):
    settings.CELERY_BROKER_URL = None
    event, _ = small_event()
    seen = []

    @task("tests.tasks.watched_schedule")
    def watched(event, *, acting_user, progress, **params):
        def watch(phase, percent, message):
            progress(phase, percent, message)
            row = TaskRun.objects.get(name="tests.tasks.watched_schedule")
            seen.append((row.state, row.phase, row.percent, row.message))

        return schedule_event.work(event, acting_user=acting_user, progress=watch, **params)

    watched.start(event, time_limit=5)
    assert {state for state, *_ in seen} == {"running"}  # each report is stored at once
    assert (seen[0][1:], seen[-1][1:]) == (
        ("solving", 5, "3 requests"),
        ("storing", 90, "3 meetings (OPTIMAL)"),
    )
    percents = [percent for _, _, percent, _ in seen]
    assert percents == sorted(percents)
    # The scheduler's own lines (one per stage of the solve) come through as messages.
    lines = [m for _, phase, _, m in seen if phase == "solving"][1:]
    assert lines and all(re.fullmatch(r" *[\d.]+s  \w+ stage: \d+ \(\w+\)", m) for m in lines)


@pytest.mark.django_db
def test_task_refused_by_verb_is_failed_with_its_sentence(settings):
    settings.CELERY_BROKER_URL = None
    event = make_event(name="Toronto 2019")
    stranger = make_user(first_name="Sam", last_name="Stranger")
    run = compute_recommendations.start(event, started_by=stranger, encoder="tfidf")
    refusal = "Only the organisers of 'Toronto 2019' may do this."
    assert (run.state, run.error) == ("failed", refusal)
    assert run.started_by == stranger


@pytest.mark.django_db
def test_task_that_crashes_is_failed_with_the_error_not_raised(settings):
    settings.CELERY_BROKER_URL = None
    event = make_event()

    @task("tests.tasks.crashing")
    def crashing(event, *, acting_user, progress):
        progress("counting", 40, "dividing")
        return 1 // 0

    run = crashing.start(event)
    assert (run.state, run.percent, run.phase) == ("failed", 40, "counting")
    assert run.error == "ZeroDivisionError: integer division or modulo by zero"


@pytest.mark.django_db
def test_recommendations_task_stores_recommendations_with_progress(settings):
    settings.CELERY_BROKER_URL = None
    event = make_event()
    people = [make_participant(event) for _ in range(3)]
    for person, text in zip(people, ["solar panels", "solar panel buyers", "wind"], strict=True):
        make_item(person, "TO", title=text, description=f"{text} for factories")
    run = compute_recommendations.start(event, encoder="tfidf", top=5)
    stored = Recommendation.objects.filter(event=event).count()
    assert run.state == "done"
    assert run.result == {"participants": 3, "stored": stored, "encoded": 0, "encoder": "tfidf"}
    assert stored > 0


@pytest.mark.django_db
@pytest.mark.scoped
def test_task_sees_only_its_own_event():
    with all_events():
        event, _ = small_event()
        other, _ = small_event()
    seen = {}

    @task("tests.tasks.whose_participants")
    def count(event, *, acting_user, progress):
        seen["events"] = set(Participant.objects.values_list("event", flat=True))
        return None

    with event_scope([event, other]):  # the caller sees both; the task only its own
        run = count.start(event)
    assert run.state == "done"
    assert seen["events"] == {event.pk}


@pytest.mark.django_db
def test_task_parameters_that_are_not_json_are_refused():
    event = make_event()
    with pytest.raises(ValueError, match="parameters must be JSON values"):
        schedule_event.start(event, time_limit=object())
