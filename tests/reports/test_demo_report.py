"""The demo event's report, with a schedule placed and published and a few outcomes recorded
here, names its countries and counts in English, French and Bulgarian."""

from datetime import date

import pytest

from clustermeet.demo.load import load_demo
from clustermeet.events.scoping import all_events
from clustermeet.meetings.domain.attendance import record_attendance, record_outcome
from clustermeet.meetings.domain.publishing import publish_schedule
from clustermeet.meetings.domain.scheduling import schedule_event
from clustermeet.profiles.models import Organisation
from clustermeet.reports.domain.report import event_report

HELD, NO_SHOWS = 30, 2
# Outcomes recorded on the first held meetings: (kind of the first side, kind of the second).
OUTCOMES = [("agreement", "agreement"), ("agreement", "cooperation_possible"),
            ("cooperation_possible", "none"), ("cooperation_possible", "informative"),
            ("informative", "informative"), ("none", "none")]  # fmt: skip
COOPERATION, AGREEMENTS = 4, 2  # meetings where a side said cooperation possible or agreement


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Loaded, scheduled and published once for the module (it takes seconds)."""
    with django_db_blocker.unblock(), all_events():
        event, _ = load_demo()
        schedule = schedule_event(event, time_limit=5.0, workers=1)
        publish_schedule(schedule, acting_user=None)
        meetings = list(schedule.meetings.order_by("slot__start", "table__name"))
        sofia = next(
            m for m in meetings if m.seats.filter(participant__organisation__country="BG").exists()
        )
        chosen = [sofia] + [m for m in meetings if m != sofia][: HELD + NO_SHOWS - 1]
        for meeting in chosen[:HELD]:
            record_attendance(meeting, "held", acting_user=None)
        for meeting in chosen[HELD:]:
            record_attendance(meeting, "no_show", acting_user=None)
        for meeting, kinds in zip(chosen, OUTCOMES, strict=False):
            seats = list(meeting.seats.select_related("participant").order_by("pk"))
            for seat, kind in zip(seats, kinds, strict=True):
                record_outcome(meeting, seat.participant, kind, acting_user=None)
        bulgarian = next(
            s.participant for s in sofia.seats.all() if s.participant.organisation.country == "BG"
        )
        bulgarian.named_in_report = True
        bulgarian.save(update_fields=["named_in_report"])
        yield event, bulgarian.organisation.name
        from django.core.management import call_command

        call_command("flush", interactive=False, verbosity=0)  # leave nothing for later tests


@pytest.fixture
def reports(demo, db):
    event, named = demo
    organisations = Organisation.objects.filter(event=event, participants__isnull=False).distinct()
    counts = {
        "organisations": organisations.count(),
        "clusters": organisations.filter(kind="cluster").count(),
        "countries": len(set(organisations.values_list("country", flat=True))),
    }
    made = {
        lang: event_report(event, lang, as_of=date(2019, 7, 7)).markdown
        for lang in ("en", "fr", "bg")
    }
    for lang, text in made.items():
        print(f"\n--- {lang} headline ---\n{text.split(chr(10))[2]}")
    return made, counts, named


def test_demo_report_in_english_names_countries_and_counts(reports):
    made, n, named = reports
    text = made["en"]
    assert (
        f"{n['organisations']} organisations, {n['clusters']} of them cluster organisations, "
        f"from {n['countries']} countries" in text
    )
    assert (
        f"{HELD} meetings in 3 days, {COOPERATION} cooperation cases and {AGREEMENTS} agreements"
        in text
    )
    for country in ("Bulgaria", "Canada", "Ukraine", "Serbia", "Czechia"):
        assert country in text, country
    assert "in Toronto on 5–7 June 2019" in text and "Figures as of 7 July 2019" in text
    assert named in text  # the Bulgarian cluster consented to be named


def test_demo_report_in_french_names_countries_and_counts(reports):
    made, n, _ = reports
    text = made["fr"]
    assert f"{n['organisations']} organisations, dont {n['clusters']} clusters" in text
    assert f"{n['countries']} pays" in text
    assert f"{HELD} rencontres en 3 jours" in text
    assert f"{COOPERATION} cas de coopération et {AGREEMENTS} accords" in text
    for country in ("Bulgarie", "Canada", "Allemagne", "Espagne", "Suède"):
        assert country in text, country


def test_demo_report_in_bulgarian_names_countries_and_counts(reports):
    made, n, _ = reports
    text = made["bg"]
    assert f"{n['organisations']} организации, от които {n['clusters']} клъстера" in text
    assert f"{n['countries']} държави" in text
    assert f"{HELD} срещи" in text and "3 дни" in text
    assert (
        f"{COOPERATION} случая на сътрудничество" in text and f"{AGREEMENTS} споразумения" in text
    )
    assert "в Торонто" in text  # the city as Bulgarian writes it (the event's city_names)
    for country in ("България", "Канада", "Германия", "Испания", "Швеция"):
        assert country in text, country
