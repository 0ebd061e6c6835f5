"""The demo's generator: it builds the committed event file from the data files in tools/demo/,
and those files are import files as `clustermeet import` reads them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from tools.demo import build_demo

from clustermeet.exchange.columns import KINDS
from clustermeet.exchange.tabular import read_file
from clustermeet.exchange.tabular_import import import_sheets
from clustermeet.profiles.models import Organisation, Participant
from tests.factories import make_event

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tools" / "demo" / "build_demo.py"
EVENT_FILE = ROOT / "src" / "clustermeet" / "demo" / "eu_canada_2019.json"
IMPORT_KINDS = ("organisations", "participants", "items")


def run_generator(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONHASHSEED": "12345"}  # a set order must not leak into the file
    return subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A copy of the data files that a test may spoil."""
    return Path(shutil.copytree(build_demo.DATA, tmp_path / "data"))


def spoil(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_build_demo_writes_the_committed_event_file(tmp_path: Path) -> None:
    target = tmp_path / "event.json"
    result = run_generator(target)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes() == EVENT_FILE.read_bytes()


def test_build_demo_writes_users_without_passwords() -> None:
    data = json.loads(build_demo.render())
    assert data["users"] and all(
        set(user) == {"email", "first_name", "last_name"} for user in data["users"]
    )


@pytest.mark.parametrize("kind", IMPORT_KINDS)
def test_build_demo_data_files_have_exactly_the_import_columns(kind: str) -> None:
    header = (build_demo.DATA / f"{kind}.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.split(",") == [column.name for column in KINDS[kind]]


def test_build_demo_data_files_import_as_the_event_file_says(db: None) -> None:
    data = json.loads(EVENT_FILE.read_text(encoding="utf-8"))
    event = make_event()
    sheets = [
        sheet for kind in IMPORT_KINDS for sheet in read_file(build_demo.DATA / f"{kind}.csv")
    ]
    report = import_sheets(event, sheets, acting_user=None)
    items = sum(len(person["items"]) for person in data["participants"])
    assert report.created == {
        "organisations": len(data["organisations"]),
        "participants": len(data["participants"]),
        "items": items,
    }
    for record in data["organisations"]:
        organisation = Organisation.objects.get(slug=record["slug"])
        assert (organisation.name, organisation.kind, organisation.country) == (
            record["name"],
            record["type"],
            record["country"],
        )
        assert organisation.nace_codes == record["nace_codes"]
        assert organisation.member_count == record["member_count"]
    imported = {
        p.user.email: p
        for p in Participant.objects.filter(event=event).select_related(
            "user", "organisation", "delegation"
        )
    }
    for record in data["participants"]:
        person = imported[record["email"]]
        assert person.organisation.slug == record["organisation"]
        assert person.delegation is not None and person.delegation.name == record["delegation"]
        assert person.languages == record["languages"]
        assert person.target_countries == record["target_countries"]
        assert (person.min_meetings, person.max_meetings) == (
            record["min_meetings"],
            record["max_meetings"],
        )
        assert [(i.kind, i.title, i.keywords, i.language) for i in person.items.order_by("id")] == [
            (i["type"], i["title"], i["keywords"], i["language"]) for i in record["items"]
        ]


def test_build_demo_item_of_unknown_person_is_a_one_line_error(
    data_copy: Path, tmp_path: Path
) -> None:
    first_email = (
        (data_copy / "items.csv").read_text(encoding="utf-8").splitlines()[1].split(",")[0]
    )
    spoil(data_copy / "items.csv", first_email, "nobody@nowhere.example")
    target = tmp_path / "event.json"
    result = run_generator("--data", data_copy, target)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "build_demo: items.csv line 2: e-mail 'nobody@nowhere.example' is not in the data files"
    ]
    assert not target.exists()


def test_build_demo_slots_outside_their_session_are_refused(data_copy: Path) -> None:
    spoil(data_copy / "unavailable.csv", "Day 3 morning B2B,4,2", "Day 3 morning B2B,8,2")
    with pytest.raises(build_demo.DataError, match=r"slots 8 to 9 .* has slots 1 to 8$"):
        build_demo.build(data_copy)


def test_build_demo_wrong_header_names_what_is_expected(data_copy: Path) -> None:
    spoil(data_copy / "participants.csv", "first_name,last_name", "given_name,last_name")
    with pytest.raises(
        build_demo.DataError, match=r"header is email,given_name,.*expected email,first_name"
    ):
        build_demo.build(data_copy)


def test_build_demo_checks_the_import_vocabulary(data_copy: Path) -> None:
    spoil(data_copy / "organisations.csv", "10.89; 10.41; 01.11", "10.89; 99.99")
    with pytest.raises(
        build_demo.DataError, match=r"^organisations.csv line 2: nace_codes: '99.99'"
    ):
        build_demo.build(data_copy)
