"""Read CSV and XLSX files into rows keyed by column name, remembering each row's number."""

from __future__ import annotations

import contextlib
import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import load_workbook

from clustermeet.exchange.files import decode, read_bytes
from clustermeet.exchange.problems import ImportRejected, Problem

MAX_ROWS = 50_000  # per sheet
MAX_COLUMNS = 64  # the widest kind has a dozen


@dataclass(frozen=True)
class Row:
    number: int  # as the person sees it in a spreadsheet: the header is row 1
    values: dict[str, str]
    extra: int = 0  # filled cells to the right of the last named column


@dataclass(frozen=True)
class Sheet:
    name: str  # file or worksheet name, used in error messages
    columns: list[str]
    rows: list[Row]


def _clean(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _sheet(name: str, table: list[list[object]]) -> Sheet:
    if not table:
        raise ImportRejected([Problem(name, "header", "the file is empty; expected a header row")])
    if len(table) > MAX_ROWS + 1:
        raise ImportRejected(
            [Problem(name, "file", f"more than {MAX_ROWS} rows; split it into smaller files")]
        )
    header = [_clean(cell).lower().replace(" ", "_")[:100] for cell in table[0][:MAX_COLUMNS]]
    while header and header[-1] == "":
        header.pop()
    rows = []
    for number, raw in enumerate(table[1:], start=2):
        cells = [_clean(cell) for cell in raw]
        if not any(cells):
            continue  # blank lines are not rows
        values = {col: (cells[i] if i < len(cells) else "") for i, col in enumerate(header)}
        rows.append(Row(number, values, sum(1 for c in cells[len(header) :] if c)))
    return Sheet(name, header, rows)


def read_csv(data: bytes, name: str) -> Sheet:
    text = decode(data, name)
    dialect: type[csv.Dialect] | csv.Dialect = csv.excel
    with contextlib.suppress(csv.Error):  # a one-column file has nothing to sniff
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        table: list[list[object]] = [list(r) for r in reader]
    except csv.Error as error:  # a cell over the csv module's limit, a NUL byte, bad quoting
        raise ImportRejected(
            [
                Problem(
                    f"{name} line {reader.line_num}",
                    "file",
                    f"not readable as CSV ({error}); expected cells of at most "
                    f"{csv.field_size_limit()} characters, saved as CSV UTF-8",
                )
            ]
        ) from None
    return _sheet(name, table)


def read_xlsx(data: bytes | BinaryIO, name: str) -> list[Sheet]:
    stream = io.BytesIO(data) if isinstance(data, bytes) else data
    try:
        book = load_workbook(stream, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many types for a non-XLSX file
        raise ImportRejected(
            [Problem(name, "file", f"not a readable XLSX workbook ({error})")]
        ) from error
    try:
        tables = [(ws.title, _rows(ws)) for ws in book.worksheets]
    except Exception as error:  # a damaged part of the workbook, found while reading it
        raise ImportRejected(
            [Problem(name, "file", f"not a readable XLSX workbook ({error})")]
        ) from error
    finally:
        book.close()
    return [_sheet(f"{name} sheet '{title}'", table) for title, table in tables]


def _rows(ws: Any) -> list[list[object]]:
    """At most one row over the limit (so `_sheet` can say so), each cut to MAX_COLUMNS."""
    rows = ws.iter_rows(values_only=True, max_col=MAX_COLUMNS, max_row=MAX_ROWS + 2)
    return [list(r) for r in rows]


def read_file(path: Path) -> list[Sheet]:
    data = read_bytes(path)
    if path.suffix.lower() == ".xlsx":
        return read_xlsx(data, path.name)
    if path.suffix.lower() in (".csv", ".txt"):
        return [read_csv(data, path.name)]
    raise ImportRejected([Problem(path.name, "file", "expected a .csv or .xlsx file")])
