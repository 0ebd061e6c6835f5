"""Reading an uploaded or given file: its size is checked before a byte of it is read.

No Django here; the command line and the upload page both call `check_size` first.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from clustermeet.exchange.problems import ImportRejected, Problem

MAX_BYTES = 10 * 1024 * 1024  # an event of thousands of people is a few MB


def check_size(size: int, name: str) -> None:
    if size > MAX_BYTES:
        raise ImportRejected(
            [
                Problem(
                    name,
                    "file",
                    f"{size / 1024 / 1024:.1f} MB; files of at most "
                    f"{MAX_BYTES // 1024 // 1024} MB are read",
                )
            ]
        )


def read_bytes(path: Path) -> bytes:
    """The file's bytes, once its size is known to be within the limit."""
    check_size(path.stat().st_size, path.name)
    return path.read_bytes()


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def decode(data: bytes, name: str) -> str:
    """UTF-8 text (a byte-order mark is allowed, as Excel writes one); else one problem."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportRejected(
            [Problem(name, "encoding", f"not UTF-8 text (byte {error.start}); save it as UTF-8")]
        ) from None


def parse_json(data: bytes, name: str) -> Any:
    """JSON from UTF-8 bytes; anything else is one problem."""
    text = decode(data, name)
    try:
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        raise ImportRejected(
            [Problem(name, f"line {error.lineno}", f"not valid JSON: {error.msg}")]
        ) from None
    except ValueError as error:  # NaN, Infinity, a number of thousands of digits
        raise ImportRejected([Problem(name, "file", f"not valid JSON: {error}")]) from None
    except RecursionError:
        raise ImportRejected(
            [Problem(name, "file", "nested too deeply; expected an event file")]
        ) from None
