"""The demo event file: its facts and its integrity.

Reads the JSON directly (no Django), so it documents the file format as the demo uses it;
the slots a session has come from the generator, which asks the engine's slot times.
That the file is built from the data files in tools/demo/ is checked in test_build_demo.py.
"""

from __future__ import annotations

import json
from collections import Counter
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from tools.demo.build_demo import session_slots

from clustermeet.reference import (
    INDUSTRIAL_ECOSYSTEMS,
    ITEM_TYPES,
    KEY_ENABLING_TECHNOLOGIES,
    nace_codes,
)

FIXTURE = Path(str(resources.files("clustermeet.demo").joinpath("eu_canada_2019.json")))
EU_COUNTRIES = {
    "AT",
    "BG",
    "CZ",
    "DK",
    "ES",
    "FI",
    "FR",
    "DE",
    "HU",
    "LT",
    "PL",
    "PT",
    "RO",
    "RS",
    "SE",
    "UA",
}
SUPERCLUSTERS = {
    "protein-industries-supercluster": "Protein Industries Supercluster",
    "ocean-supercluster": "Ocean Supercluster",
    "digital-technology-supercluster": "Digital Technology Supercluster",
    "advanced-manufacturing-supercluster": "Advanced Manufacturing Supercluster",
    "scale-ai": "SCALE.AI",
}
NAMED_EU = {
    "vitagora": "FR",
    "pole-optitec": "FR",
    "ni-cat": "RS",
    "media-evolution": "SE",
    "klaster-ltpp": "PL",
    "sofia-city-of-knowledge": "BG",
}
REQUEST_STATUSES = {"pending", "accepted", "declined", "expired", "cancelled"}


@pytest.fixture(scope="module")
def data() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def delegation_of(data: dict) -> dict[str, str]:
    """Organisation slug -> delegation name, from its participants."""
    return {p["organisation"]: p["delegation"] for p in data["participants"]}


def test_fixture_header_and_event(data: dict) -> None:
    assert data["format"] == "clustermeet-event"
    assert data["version"] == 1
    event = data["event"]
    assert event["slug"] == "eu-canada-2019"
    assert event["city"] == "Toronto"
    assert event["country"] == "CA"
    assert event["time_zone"] == "America/Toronto"
    assert (event["start_date"], event["end_date"]) == ("2019-06-05", "2019-06-07")
    assert event["languages"][:2] == ["en", "fr"]
    assert event["meeting_policy"] == "across_delegations"
    assert event["request_mode"] == "acceptance"
    assert event["request_quota"] == 20
    assert event["request_expiry_days"] == 7
    assert event["is_public"] is True
    assert event["organisers"] == ["organiser@eccp.example"]
    for fact in ("DG GROW", "ISED", "27 clusters", "16 countries", "Humber College"):
        assert fact in event["description"]
    assert data["schedules"] == []


def test_fixture_delegations(data: dict) -> None:
    assert [d["name"] for d in data["delegations"]] == ["EU delegation", "Canada"]
    assert all(d["description"] for d in data["delegations"])


def test_fixture_eu_delegation_has_27_clusters_from_16_countries(
    data: dict, delegation_of: dict[str, str]
) -> None:
    eu = [o for o in data["organisations"] if delegation_of[o["slug"]] == "EU delegation"]
    clusters = [o for o in eu if o["type"] == "cluster"]
    assert len(clusters) == 27
    assert {o["country"] for o in eu} == EU_COUNTRIES
    assert {o["country"] for o in clusters} == EU_COUNTRIES
    assert [o["slug"] for o in eu if o["country"] == "BG"] == ["sofia-city-of-knowledge"]


def test_fixture_canada_has_five_superclusters_and_about_ten_clusters(
    data: dict, delegation_of: dict[str, str]
) -> None:
    canada = [o for o in data["organisations"] if delegation_of[o["slug"]] == "Canada"]
    assert {o["country"] for o in canada} == {"CA"}
    by_slug = {o["slug"]: o for o in canada}
    for slug, name in SUPERCLUSTERS.items():
        assert by_slug[slug]["name"] == name
        assert by_slug[slug]["type"] == "cluster"
    others = [o for o in canada if o["type"] == "cluster" and o["slug"] not in SUPERCLUSTERS]
    assert 9 <= len(others) <= 12


def test_fixture_named_eu_organisations_keep_their_countries(data: dict) -> None:
    by_slug = {o["slug"]: o for o in data["organisations"]}
    assert {slug: by_slug[slug]["country"] for slug in NAMED_EU} == NAMED_EU


def test_fixture_invented_organisations_say_so(data: dict) -> None:
    real = set(SUPERCLUSTERS) | set(NAMED_EU)
    for organisation in data["organisations"]:
        if organisation["slug"] in real:
            assert "Invented" not in organisation["description"]
            assert organisation["member_count"] is None
        else:
            assert organisation["description"].endswith("(Invented for the clustermeet demo.)")
            host = organisation["website"].split("/")[2]
            assert host.endswith(".example"), organisation["slug"]


def test_fixture_organisation_vocabularies_are_valid(data: dict) -> None:
    nace = nace_codes()
    slugs = [o["slug"] for o in data["organisations"]]
    assert len(slugs) == len(set(slugs))
    for organisation in data["organisations"]:
        assert organisation["type"] in {"cluster", "company", "research", "public", "other"}
        assert organisation["ecosystems"]
        assert set(organisation["ecosystems"]) <= set(INDUSTRIAL_ECOSYSTEMS)
        assert organisation["nace_codes"]
        assert all(code in nace for code in organisation["nace_codes"])
        assert set(organisation["key_technologies"]) <= set(KEY_ENABLING_TECHNOLOGIES)
        if organisation["type"] != "cluster":
            assert organisation["member_count"] is None


def test_fixture_sessions_and_tables(data: dict) -> None:
    sessions = data["sessions"]
    assert [s["date"] for s in sessions] == ["2019-06-05", "2019-06-06", "2019-06-06", "2019-06-07"]
    assert all(s["slot_minutes"] == 20 and "slots" not in s for s in sessions)
    tables = data["tables"]
    onsite = [t for t in tables if t["kind"] == "onsite"]
    virtual = [t for t in tables if t["kind"] == "virtual"]
    assert [t["name"] for t in onsite] == [f"T{n:02d}" for n in range(1, 31)]
    assert len(virtual) == 6
    assert all(t["link"].startswith("https://meet.example/eu-canada-2019/") for t in virtual)
    assert {t["host"] for t in onsite} - {None} == set(SUPERCLUSTERS)


def test_fixture_people_counts_and_users(data: dict) -> None:
    participants = data["participants"]
    assert 100 <= len(participants) <= 110
    per_org = Counter(p["organisation"] for p in participants)
    assert all(1 <= n <= 4 for n in per_org.values())
    assert all(3 <= per_org[slug] <= 4 for slug in SUPERCLUSTERS)
    assert set(per_org) == {o["slug"] for o in data["organisations"]}
    emails = [u["email"] for u in data["users"]]
    assert len(emails) == len(set(emails))
    assert set(emails) == {p["email"] for p in participants} | {"organiser@eccp.example"}
    # An event file sets no password or flag; the demo's loader makes its organiser one.
    assert all(set(user) == {"email", "first_name", "last_name"} for user in data["users"])
    assert data["event"]["organisers"] == ["organiser@eccp.example"]
    for person in participants:
        assert person["email"].endswith(f"@{person['organisation']}.example")


def test_fixture_participants_are_valid(data: dict, delegation_of: dict[str, str]) -> None:
    languages = set(data["event"]["languages"])
    remote = 0
    for person in data["participants"]:
        assert person["delegation"] in {"EU delegation", "Canada"}
        assert delegation_of[person["organisation"]] == person["delegation"]
        assert person["job_title"]
        assert person["languages"][0] == "en"
        assert all(len(code) == 2 and code.islower() for code in person["languages"])
        assert person["attendance"] in {"onsite", "remote"}
        remote += person["attendance"] == "remote"
        assert 0 <= person["min_meetings"] <= 3
        assert 8 <= person["max_meetings"] <= 14
        assert 1 <= len(person["items"]) <= 3
    assert 6 <= remote <= 10
    assert {c for p in data["participants"] for c in p["languages"]} <= languages


def test_fixture_items_are_typed_and_multilingual(data: dict) -> None:
    items = [item for person in data["participants"] for item in person["items"]]
    assert {item["type"] for item in items} == set(ITEM_TYPES)
    for person in data["participants"]:
        titles = [item["title"] for item in person["items"]]
        assert len(titles) == len(set(titles))
    for item in items:
        assert item["title"] and item["description"] and item["keywords"]
        assert all(isinstance(word, str) and word for word in item["keywords"])
    languages = Counter(item["language"] for item in items)
    assert languages.most_common(1)[0][0] == "en"
    assert {"fr", "de", "pl", "bg", "es", "cs", "pt", "ro", "hu", "lt"} <= set(languages)


def test_fixture_unavailable_slots_are_generated_slots(data: dict) -> None:
    toronto = ZoneInfo(data["event"]["time_zone"])
    slots = {start for session in data["sessions"] for start in session_slots(session, toronto)}
    assert len(slots) == 35
    marked = [p for p in data["participants"] if p["unavailable_slots"]]
    assert 3 <= len(marked) <= 10
    for person in marked:
        assert set(person["unavailable_slots"]) <= slots


def test_fixture_requests_reference_participants_across_delegations(data: dict) -> None:
    delegation = {p["email"]: p["delegation"] for p in data["participants"]}
    requests = data["requests"]
    assert 250 <= len(requests) <= 400
    pairs = [(r["requester"], r["requested"]) for r in requests]
    assert len(pairs) == len(set(pairs))
    for requester, requested in pairs:
        assert requester != requested
        assert delegation[requester] != delegation[requested]
    sent = Counter(requester for requester, _ in pairs)
    assert max(sent.values()) <= data["event"]["request_quota"]


def test_fixture_requests_are_realistic(data: dict) -> None:
    requests = data["requests"]
    statuses = Counter(r["status"] for r in requests)
    assert set(statuses) <= REQUEST_STATUSES
    assert statuses["accepted"] > len(requests) / 2
    assert statuses["pending"] > 0 and statuses["declined"] > 0
    assert 1 <= statuses["cancelled"] <= 2
    assert {r["priority"] for r in requests} == {1, 2, 3}
    pairs = {(r["requester"], r["requested"]) for r in requests}
    mutual = sum(1 for a, b in pairs if (b, a) in pairs) // 2
    assert 0.15 <= mutual / (len(pairs) - mutual) <= 0.25
    for request in requests:
        assert request["message"]
        assert request["created_at"].startswith("2019-05-")
        answered = request["status"] in {"accepted", "declined"}
        assert (request["responded_at"] is not None) == answered
        if answered:
            assert request["created_at"] < request["responded_at"] < "2019-06-05"


def test_fixture_requests_favour_superclusters(data: dict) -> None:
    organisation = {p["email"]: p["organisation"] for p in data["participants"]}
    received = Counter(organisation[r["requested"]] for r in data["requests"])
    people = Counter(organisation.values())
    per_person = {slug: received[slug] / people[slug] for slug in people}
    average = len(data["requests"]) / len(data["participants"])
    assert all(per_person[slug] > average for slug in SUPERCLUSTERS)


def test_fixture_accepted_requests_are_schedulable(data: dict) -> None:
    accepted: Counter[str] = Counter()
    partners: dict[str, set[str]] = {}
    for request in data["requests"]:
        if request["status"] == "accepted":
            a, b = request["requester"], request["requested"]
            accepted.update([a, b])
            partners.setdefault(a, set()).add(b)
            partners.setdefault(b, set()).add(a)
    assert max(accepted.values()) <= 12
    for person in data["participants"]:
        assert len(partners.get(person["email"], ())) <= person["max_meetings"]


def test_fixture_names_no_real_person(data: dict) -> None:
    text = FIXTURE.read_text(encoding="utf-8")
    for name in ("Filipov", "Bieńkowska", "Bains"):
        assert name not in text
