"""Property-based fuzzing of every import: any input is imported or refused with a clear
`ImportRejected`, never a traceback, and a refused input leaves the database as it was.

Bounded so that `make test` runs it in seconds: few examples, no deadline per example."""

import copy
import io
import json

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from clustermeet.exchange.columns import KINDS
from clustermeet.exchange.event_file.scheduling import event_file_instance
from clustermeet.exchange.event_import import import_event
from clustermeet.exchange.files import parse_json
from clustermeet.exchange.problems import EventFileRejected, ImportRejected
from clustermeet.exchange.tabular import read_csv, read_xlsx
from clustermeet.exchange.tabular_import import import_sheets
from tests.exchange.samples import row_counts, small_event_file
from tests.factories import make_event

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

NASTY = [
    '=HYPERLINK("http://evil.example","click")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)",
    "-2+3",
    "\x00",
    "a\x00b",
    '"',
    '""quoted""',
    "a,b;c\td",
    "\r\n",
    "x" * 300,
    "y" * 140_000,  # over the csv module's field limit
    "anna@" + "v" * 320 + ".example",
    "\ufeffemail",
    "ü€𝄞",
    "2019-06-05T09:00:00",
    "2019-06-05T09:00:00+05:00",
    "9" * 5000,
]
cells = st.one_of(st.sampled_from(NASTY), st.text(max_size=30), st.integers().map(str))


@st.composite
def tables(draw):
    """A header of some kind's columns (some missing, some extra, shuffled) and rows."""
    kind = draw(st.sampled_from(sorted(KINDS)))
    names = [c.name for c in KINDS[kind]]
    header = draw(st.lists(st.sampled_from([*names, "extra", ""]), min_size=1, max_size=14))
    if draw(st.booleans()):
        header = names
    rows = draw(st.lists(st.lists(cells, max_size=len(header) + 2), max_size=5))
    return kind, [header, *rows]


def csv_bytes(table, encoding, bom, delimiter):
    quote = lambda c: '"' + c.replace('"', '""') + '"' if any(x in c for x in ',;"\n') else c  # noqa: E731
    text = "\n".join(delimiter.join(quote(c) for c in row) for row in table)
    data = text.encode(encoding, errors="replace")
    return (b"\xef\xbb\xbf" if bom else b"") + data


def assert_refused_cleanly(call, before):
    """Run `call`; a refusal must be an ImportRejected naming something, changing nothing."""
    try:
        call()
    except ImportRejected as rejected:
        assert rejected.problems and all(str(p) for p in rejected.problems)
        assert "Traceback" not in str(rejected)
        assert row_counts() == before
        event("refused")
    else:
        event("imported")


@pytest.mark.django_db
@FUZZ
@given(
    table=tables(),
    encoding=st.sampled_from(["utf-8", "utf-16", "latin-1", "cp1252"]),
    bom=st.booleans(),
    delimiter=st.sampled_from([",", ";", "\t"]),
    broken_quote=st.booleans(),
)
def test_fuzzed_csv_is_imported_or_refused_cleanly(table, encoding, bom, delimiter, broken_quote):
    kind, rows = table
    data = csv_bytes(rows, encoding, bom, delimiter)
    if broken_quote:
        data = data + b'\n"never closed,' + b"x" * 10
    event = make_event()
    before = row_counts()
    assert_refused_cleanly(
        lambda: import_sheets(event, [read_csv(data, f"{kind}.csv")], acting_user=None), before
    )


def workbook_bytes(rows):
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


xlsx_cells = st.one_of(
    st.sampled_from([c for c in NASTY if "\x00" not in c and "\r" not in c and len(c) < 30000]),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.none(),
    st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=0x2FFF), max_size=20),
)


@pytest.mark.django_db
@FUZZ
@given(
    kind=st.sampled_from(sorted(KINDS)),
    rows=st.lists(st.lists(xlsx_cells, max_size=14), max_size=5),
    damage=st.one_of(st.none(), st.integers(min_value=0, max_value=4000)),
)
def test_fuzzed_xlsx_is_imported_or_refused_cleanly(kind, rows, damage):
    header = [c.name for c in KINDS[kind]]
    data = workbook_bytes([header, *rows])
    if damage is not None:  # cut the archive short or flip a byte inside it
        at = damage % len(data)
        data = data[:at] if damage % 2 else data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1 :]
    event = make_event()
    before = row_counts()
    assert_refused_cleanly(
        lambda: import_sheets(event, read_xlsx(data, f"{kind}.xlsx"), acting_user=None), before
    )


json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(2**70), max_value=2**70),
        st.floats(allow_nan=False, allow_infinity=False),
        st.sampled_from(NASTY),
        st.text(max_size=10),
    ),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def paths(value, prefix=()):
    """Every place in nested JSON where a value sits."""
    yield prefix
    items = (
        value.items()
        if isinstance(value, dict)
        else enumerate(value)
        if isinstance(value, list)
        else ()
    )
    for key, child in items:
        yield from paths(child, (*prefix, key))


def spoil(data, path, value, delete):
    if not path:
        return value
    parent = data
    for key in path[:-1]:
        parent = parent[key]
    if delete and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return data


@pytest.mark.django_db
@FUZZ
@given(st.data())
def test_fuzzed_event_file_is_imported_or_refused_cleanly_by_both_readers(data):
    spoilt = copy.deepcopy(small_event_file(slug="fuzzed"))
    for _ in range(data.draw(st.integers(min_value=1, max_value=3))):
        where = data.draw(st.sampled_from(list(paths(spoilt))))
        spoilt = spoil(spoilt, where, data.draw(json_values), data.draw(st.booleans()))
    scheduler_problems = []
    try:
        event_file_instance(copy.deepcopy(spoilt))
    except EventFileRejected as rejected:
        scheduler_problems = rejected.problems
    before = row_counts()
    try:
        import_event(spoilt, acting_user=None)
    except ImportRejected as rejected:
        assert rejected.problems and "Traceback" not in str(rejected)
        assert row_counts() == before
        if scheduler_problems:  # what the scheduler refuses, the import refuses alike
            assert rejected.problems == scheduler_problems
        event("refused by both" if scheduler_problems else "refused by the database only")
    else:
        event("imported")
        assert scheduler_problems == []  # the import never takes what the scheduler refuses


@FUZZ
@given(
    st.one_of(
        st.binary(max_size=200),
        st.sampled_from(
            [
                b"[" * 50_000 + b"]" * 50_000,
                b'{"a":' * 20_000 + b"1" + b"}" * 20_000,
                b"\xef\xbb\xbf" + json.dumps(small_event_file()).encode(),
                json.dumps(small_event_file()).encode("utf-16"),
                b'{"format": "clustermeet-event", "version": NaN}',
                b'{"n": ' + b"9" * 5000 + b"}",
                b'{"format": "clustermeet-event"',
            ]
        ),
    )
)
def test_fuzzed_json_bytes_parse_or_are_refused_in_one_line(raw):
    try:
        parse_json(raw, "event.json")
    except ImportRejected as rejected:
        assert len(rejected.problems) == 1 and "\n" not in str(rejected)
