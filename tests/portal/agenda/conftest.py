"""The agenda tests' published agenda (see agenda_world.py)."""

import pytest

from tests.portal.agenda.agenda_world import build_agenda


@pytest.fixture
def agenda_world(db):  # type: ignore[no-untyped-def]
    return build_agenda()
