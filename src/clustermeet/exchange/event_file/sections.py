"""Each section of the event file read into records, one `Fields` per JSON object."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, available_timezones

import pycountry

from clustermeet.engine.scheduling import parse_breaks, slot_times
from clustermeet.exchange.event_file import records as r
from clustermeet.exchange.event_file.fields import (
    DATE,
    INSTANT,
    NO_INSTANT,
    TIME,
    Fields,
    a_date,
    a_time,
    instant,
    shown,
)
from clustermeet.exchange.problems import Problem
from clustermeet.reference import INDUSTRIAL_ECOSYSTEMS, KEY_ENABLING_TECHNOLOGIES, nace_codes

T = TypeVar("T")
MAX_RECORDS = 100_000  # per section: more is not an event, and would only use up memory


def _language(code: str) -> bool:
    return len(code) == 2 and pycountry.languages.get(alpha_2=code) is not None


def _country(code: str) -> bool:
    return len(code) == 2 and pycountry.countries.get(alpha_2=code) is not None


def _section(
    data: dict[str, Any],
    key: str,
    problems: list[Problem],
    read: Callable[[Fields], T],
) -> tuple[T, ...]:
    found = Fields(problems, "file", data).each(key)
    if len(found) > MAX_RECORDS:
        problems.append(Problem("file", key, f"{len(found)} records; at most {MAX_RECORDS}"))
        return ()
    return tuple(read(Fields(problems, f"{key}[{n}]", rec)) for n, rec in enumerate(found))


def read_sections(data: dict[str, Any], problems: list[Problem]) -> r.EventFile | None:
    if not isinstance(data.get("event"), dict):
        problems.append(Problem("file", "event", "missing; expected an object"))
        return None
    event = _event(Fields(problems, "event", data["event"]))
    tz = ZoneInfo(event.time_zone) if event.time_zone in available_timezones() else None
    return r.EventFile(
        event=event,
        users=_section(data, "users", problems, _user),
        delegations=_section(data, "delegations", problems, _delegation),
        organisations=_section(data, "organisations", problems, _organisation),
        sessions=_section(data, "sessions", problems, lambda f: _session(f, tz)),
        tables=_section(data, "tables", problems, _table),
        participants=_section(data, "participants", problems, _participant),
        requests=_section(data, "requests", problems, _request),
        schedules=_section(data, "schedules", problems, _schedule),
    )


def _event(f: Fields) -> r.EventRecord:
    size = r.MAX_LENGTH["event"]
    zone = f.text("time_zone", required=True, limit=size["time_zone"])
    if zone and zone not in available_timezones():
        f.note(
            "time_zone", f"expected an IANA time zone such as 'America/Toronto', got {shown(zone)}"
        )
    country = f.text("country", limit=2)
    if country and not _country(country):
        f.note("country", f"expected an ISO 3166 alpha-2 code such as 'CA', got {shown(country)}")
    start = f.parsed("start_date", a_date, DATE, date.min)
    end = f.parsed("end_date", a_date, DATE, date.max)
    if end < start:
        f.note("end_date", "expected a date on or after start_date")
    languages = f.strings("languages", _language, "an ISO 639-1 language code such as 'en'")
    if f.ok and not f.record.get("languages"):
        f.note("languages", 'missing; expected the event\'s languages, e.g. ["en", "fr"]')
    pairs = []
    for n, pair in enumerate(f.each("allowed_type_pairs")):
        if isinstance(pair, list) and len(pair) == 2 and set(pair) <= set(r.ORGANISATION_TYPES):
            pairs.append((pair[0], pair[1]))
        else:
            f.note(
                f"allowed_type_pairs[{n}]",
                f"expected two of {list(r.ORGANISATION_TYPES)}, got {shown(pair)}",
            )
    return r.EventRecord(
        city_names=_city_names(f, size["city"]),
        slug=f.slug("slug", size["slug"]),
        name=f.text("name", required=True, limit=size["name"]),
        time_zone=zone,
        start_date=start,
        end_date=end,
        venue=f.text("venue", limit=size["venue"]),
        city=f.text("city", limit=size["city"]),
        country=country,
        description=f.text("description"),
        languages=languages,
        meeting_policy=f.choice("meeting_policy", r.MEETING_POLICIES, "any"),
        allowed_type_pairs=tuple(pairs),
        request_mode=f.choice("request_mode", r.REQUEST_MODES, "acceptance"),
        request_quota=f.number("request_quota", None),
        request_expiry_days=f.number("request_expiry_days", None),
        is_public=f.flag("is_public", True),
        organisers=tuple(e.strip().lower() for e in f.strings("organisers")),
    )


def _city_names(f: Fields, limit: int) -> tuple[tuple[str, str], ...]:
    names = f.record.get("city_names", {})
    example = 'expected the city in other languages, e.g. {"bg": "Торонто"}'
    if not isinstance(names, dict):
        f.note("city_names", f"{example}; got {shown(names)}")
        return ()
    found = []
    for code, name in names.items():
        if not _language(code):
            f.note(f"city_names.{shown(code)}", "expected an ISO 639-1 language code such as 'bg'")
        elif not isinstance(name, str) or not name.strip() or len(name) > limit:
            f.note(f"city_names.{code}", f"expected a name of 1 to {limit} characters")
        else:
            found.append((code, name.strip()))
    return tuple(sorted(found))


def _user(f: Fields) -> r.UserRecord:
    for key in r.ACCOUNT_KEYS:
        if key in f.record:
            f.note(
                key,
                "an event file never sets passwords or account flags; remove this key "
                "(new accounts get no usable password, existing ones are left as they are)",
            )
    size = r.MAX_LENGTH["users"]
    return r.UserRecord(
        email=f.email("email"),
        first_name=f.text("first_name", limit=size["first_name"]),
        last_name=f.text("last_name", limit=size["last_name"]),
    )


def _delegation(f: Fields) -> r.DelegationRecord:
    return r.DelegationRecord(
        name=f.text("name", required=True, limit=r.MAX_LENGTH["delegations"]["name"]),
        description=f.text("description"),
    )


def _organisation(f: Fields) -> r.OrganisationRecord:
    size = r.MAX_LENGTH["organisations"]
    country = f.text("country", required=True, limit=2)
    if country and not _country(country):
        f.note("country", f"expected an ISO 3166 alpha-2 code such as 'FR', got {shown(country)}")
    return r.OrganisationRecord(
        slug=f.slug("slug", size["slug"]),
        name=f.text("name", required=True, limit=size["name"]),
        kind=f.choice("type", r.ORGANISATION_TYPES),
        country=country,
        region=f.text("region", limit=size["region"]),
        website=f.url("website", size["website"]),
        description=f.text("description"),
        ecosystems=f.strings(
            "ecosystems", INDUSTRIAL_ECOSYSTEMS.__contains__, "an industrial ecosystem"
        ),
        nace_codes=f.strings("nace_codes", nace_codes().__contains__, "a NACE Rev. 2 code"),
        key_technologies=f.strings(
            "key_technologies", KEY_ENABLING_TECHNOLOGIES.__contains__, "a key technology"
        ),
        member_count=f.number("member_count", None),
        founded_year=f.number("founded_year", None, least=1800, most=2100),
    )


def _session(f: Fields, tz: ZoneInfo | None) -> r.SessionRecord:
    day = f.parsed("date", a_date, DATE, date.min)
    begin = f.parsed("start_time", a_time, TIME, time.min)
    end = f.parsed("end_time", a_time, TIME, time.max)
    if end <= begin:
        f.note("end_time", "expected a time after start_time")
    minutes = f.number("slot_minutes", 20, least=1, most=24 * 60) or 20
    gap = f.number("gap_minutes", 0, most=24 * 60) or 0
    raw_breaks = f.record.get("breaks", [])
    breaks: list[tuple[str, str]] = []
    try:
        parsed_breaks = parse_breaks(raw_breaks)
        breaks = [(str(b[0]), str(b[1])) for b in raw_breaks]
    except (ValueError, TypeError, IndexError) as error:
        f.note("breaks", str(error))
        parsed_breaks = []
    given = f.record.get("slots")
    if given is not None:
        slots = tuple(
            _slot(Fields(f.problems, f"{f.where}.slots[{k}]", s))
            for k, s in enumerate(f.each("slots"))
        )
    elif tz is not None and end > begin:
        slots = tuple(
            r.SlotRecord(start, minutes)
            for start in slot_times(day, begin, end, minutes, tz, gap, parsed_breaks)
        )
    else:
        slots = ()
    return r.SessionRecord(
        name=f.text("name", required=True, limit=r.MAX_LENGTH["sessions"]["name"]),
        date=day,
        start_time=begin,
        end_time=end,
        slot_minutes=minutes,
        gap_minutes=gap,
        breaks=tuple(breaks),
        slots=slots,
        slots_given=given is not None,
    )


def _slot(f: Fields) -> r.SlotRecord:
    return r.SlotRecord(
        start=f.parsed("start", instant, INSTANT, NO_INSTANT),
        minutes=f.required_number("minutes", least=1),
    )


def _table(f: Fields) -> r.TableRecord:
    size = r.MAX_LENGTH["tables"]
    kind = f.choice("kind", r.TABLE_KINDS)
    link = f.url("link", size["link"])
    if kind == "virtual" and not link:
        f.note("link", "a virtual table needs a link (its video-call address)")
    host = f.record.get("host")
    return r.TableRecord(
        name=f.text("name", required=True, limit=size["name"]),
        kind=kind,
        link=link,
        capacity=f.number("capacity", 4, least=1) or 4,
        host=f.text("host") or None if host is not None else None,
    )


def _participant(f: Fields) -> r.ParticipantRecord:
    size = r.MAX_LENGTH["participants"]
    least = f.number("min_meetings", 0) or 0
    most = f.number("max_meetings", None)
    if most is not None and most < least:
        f.note("max_meetings", f"expected at least min_meetings ({least}), got {most}")
    delegation = f.record.get("delegation")
    return r.ParticipantRecord(
        email=f.email("email"),
        organisation=f.text("organisation", required=True),
        delegation=f.text("delegation") or None if delegation is not None else None,
        job_title=f.text("job_title", limit=size["job_title"]),
        phone=f.phone("phone", size["phone"]),
        languages=f.strings("languages", _language, "an ISO 639-1 language code such as 'en'"),
        attendance=f.choice("attendance", r.ATTENDANCE, "onsite"),
        target_countries=f.strings(
            "target_countries", _country, "an ISO 3166 alpha-2 code such as 'CA'"
        ),
        min_meetings=least,
        max_meetings=most,
        unavailable_slots=_instants(f, "unavailable_slots"),
        items=tuple(
            _item(Fields(f.problems, f"{f.where}.items[{k}]", item))
            for k, item in enumerate(f.each("items"))
        ),
    )


def _instants(f: Fields, key: str) -> tuple[datetime, ...]:
    found = []
    for k, value in enumerate(f.each(key)):
        try:
            found.append(instant(value))
        except (TypeError, ValueError):
            f.note(f"{key}[{k}]", f"expected {INSTANT}, got {shown(value)}")
    return tuple(found)


def _item(f: Fields) -> r.ItemRecord:
    language = f.text("language", limit=2) or "en"
    if not _language(language):
        f.note(
            "language", f"expected an ISO 639-1 language code such as 'en', got {shown(language)}"
        )
    return r.ItemRecord(
        kind=f.choice("type", r.ITEM_TYPES),
        title=f.text("title", required=True, limit=r.MAX_LENGTH["items"]["title"]),
        description=f.text("description"),
        keywords=f.strings("keywords"),
        language=language,
    )


def _request(f: Fields) -> r.RequestRecord:
    return r.RequestRecord(
        requester=f.text("requester", required=True).strip().lower(),
        requested=f.text("requested", required=True).strip().lower(),
        created_at=f.parsed("created_at", instant, INSTANT, NO_INSTANT),
        message=f.text("message"),
        priority=f.choice("priority", r.PRIORITIES, 1),
        status=f.choice("status", r.REQUEST_STATUSES, "pending"),
        responded_at=f.maybe_parsed("responded_at", instant, INSTANT),
        expires_at=f.maybe_parsed("expires_at", instant, INSTANT),
    )


def _schedule(f: Fields) -> r.ScheduleRecord:
    statistics = f.typed("statistics", dict, "an object", required=False) or {}
    if not _shallow(statistics, 4):
        f.note("statistics", "nested too deeply; expected an object of figures")
        statistics = {}
    return r.ScheduleRecord(
        version=f.required_number("version", least=1),
        created_at=f.parsed("created_at", instant, INSTANT, NO_INSTANT),
        state=f.choice("state", r.SCHEDULE_STATES, "draft"),
        published_at=f.maybe_parsed("published_at", instant, INSTANT),
        solver_status=f.text("solver_status", limit=r.MAX_LENGTH["schedules"]["solver_status"]),
        statistics=statistics,
        meetings=tuple(
            _meeting(Fields(f.problems, f"{f.where}.meetings[{k}]", m))
            for k, m in enumerate(f.each("meetings"))
        ),
    )


def _shallow(value: Any, depth: int) -> bool:
    """Whether `value` nests no deeper than `depth` lists or objects."""
    if isinstance(value, dict):
        value = list(value.values())
    if not isinstance(value, list):
        return True
    return depth > 0 and all(_shallow(v, depth - 1) for v in value)


def _meeting(f: Fields) -> r.MeetingRecord:
    request = f.record.get("request")
    pair = None
    if request is not None:
        if (
            isinstance(request, list)
            and len(request) == 2
            and all(isinstance(e, str) for e in request)
        ):
            pair = (request[0].strip().lower(), request[1].strip().lower())
        else:
            f.note("request", f"expected [requester, requested], got {shown(request)}")
    if f.ok and "participants" not in f.record:
        f.note("participants", "missing")
    return r.MeetingRecord(
        participants=tuple(e.strip().lower() for e in f.strings("participants")),
        slot=f.parsed("slot", instant, INSTANT, NO_INSTANT),
        table=f.text("table", required=True),
        request=pair,
        status=f.choice("status", r.MEETING_STATUSES, "scheduled"),
        locked=f.flag("locked", False),
        outcomes=tuple(
            _outcome(Fields(f.problems, f"{f.where}.outcomes[{k}]", o))
            for k, o in enumerate(f.each("outcomes"))
        ),
    )


def _outcome(f: Fields) -> r.OutcomeRecord:
    return r.OutcomeRecord(
        participant=f.text("participant", required=True).strip().lower(),
        kind=f.choice("kind", r.OUTCOME_KINDS),
        reported_at=f.parsed("reported_at", instant, INSTANT, NO_INSTANT),
        comment=f.text("comment"),
    )
