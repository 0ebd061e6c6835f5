"""Read CSV and XLSX files into rows keyed by column name, remembering each row's number."""

from __future__ import annotations

import contextlib
import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from openpyxl import load_workbook

from clustermeet.exchange.problems import ImportRejected, Problem


@dataclass(frozen=True)
class Row:
    number: int  # as the person sees it in a spreadsheet: the header is row 1
    values: dict[str, str]


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
    header = [_clean(cell).lower().replace(" ", "_") for cell in table[0]]
    while header and header[-1] == "":
        header.pop()
    rows = []
    for number, raw in enumerate(table[1:], start=2):
        cells = [_clean(cell) for cell in raw]
        if not any(cells):
            continue  # blank lines are not rows
        values = {col: (cells[i] if i < len(cells) else "") for i, col in enumerate(header)}
        rows.append(Row(number, values))
    return Sheet(name, header, rows)


def read_csv(data: bytes, name: str) -> Sheet:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportRejected(
            [Problem(name, "encoding", f"not UTF-8 text (byte {error.start}); save as CSV UTF-8")]
        ) from error
    dialect: type[csv.Dialect] | csv.Dialect = csv.excel
    with contextlib.suppress(csv.Error):  # a one-column file has nothing to sniff
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    return _sheet(name, [list(r) for r in csv.reader(io.StringIO(text), dialect)])


def read_xlsx(data: bytes | BinaryIO, name: str) -> list[Sheet]:
    stream = io.BytesIO(data) if isinstance(data, bytes) else data
    try:
        book = load_workbook(stream, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many types for a non-XLSX file
        raise ImportRejected(
            [Problem(name, "file", f"not a readable XLSX workbook ({error})")]
        ) from error
    sheets = [
        _sheet(f"{name} sheet '{ws.title}'", [list(r) for r in ws.iter_rows(values_only=True)])
        for ws in book.worksheets
    ]
    book.close()
    return sheets


def read_file(path: Path) -> list[Sheet]:
    data = path.read_bytes()
    if path.suffix.lower() == ".xlsx":
        return read_xlsx(data, path.name)
    if path.suffix.lower() in (".csv", ".txt"):
        return [read_csv(data, path.name)]
    raise ImportRejected([Problem(path.name, "file", "expected a .csv or .xlsx file")])
