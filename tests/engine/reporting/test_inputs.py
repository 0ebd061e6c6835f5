"""The engine's enums keep the Django apps' values, and the engine never imports Django."""

import subprocess
import sys
from pathlib import Path

import pytest

from clustermeet.engine.reporting import inputs
from clustermeet.events import enums as event_enums
from clustermeet.meetings import enums as meeting_enums
from clustermeet.profiles import enums as profile_enums


@pytest.mark.parametrize(
    ("engine", "django"),
    [
        (inputs.RequestStatus, meeting_enums.RequestStatus),
        (inputs.MeetingStatus, meeting_enums.MeetingStatus),
        (inputs.OutcomeKind, meeting_enums.OutcomeKind),
        (inputs.OrganisationType, profile_enums.OrganisationType),
        (inputs.TableKind, event_enums.TableKind),
    ],
)
def test_inputs_enums_match_the_django_choices(engine, django):
    assert [member.value for member in engine] == list(django.values)


def test_inputs_reporting_engine_never_imports_django():
    code = (
        "import sys, clustermeet.engine.reporting as r; "
        "from tests.engine.reporting.fixture import EVENT; "
        "f = r.compute_figures(EVENT); r.render_markdown(f, 'bg'); r.chart_data(f, 'fr'); "
        "print('django' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parents[3],
    )
    assert result.stdout.strip() == "False"
