"""How long work says how far it has got: `progress(phase, percent, message)`.

Domain verbs take an optional `progress` callback of this shape; a task passes its
`TaskRun.report`, the command line may print, and everyone else passes nothing. Engines report
one line at a time (`Callable[[str], None]`); `engine_lines` turns those into progress.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol, TypeVar

T = TypeVar("T")


class Progress(Protocol):
    def __call__(self, phase: str, percent: int | None, message: str) -> None:
        """`percent` is 0-100 for the whole task, or None to keep the last figure."""


def no_progress(phase: str, percent: int | None, message: str) -> None:
    """Progress nobody watches."""


def engine_lines(
    progress: Progress, phase: str, start: int, end: int, seconds: float
) -> Callable[[str], None]:
    """An engine's progress lines as `phase`, its percent the share of the time budget used
    (the engine stops by then), so a watcher sees the bar move between `start` and `end`."""
    began = time.monotonic()

    def line(text: str) -> None:
        used = min(1.0, (time.monotonic() - began) / seconds) if seconds > 0 else 1.0
        progress(phase, start + round((end - start) * used), text)

    return line


def each(
    items: Iterable[T], progress: Progress, phase: str, start: int, end: int, total: int
) -> Iterator[T]:
    """Yield `items`, reporting `phase` at each whole percent between `start` and `end`."""
    last = -1
    for done, item in enumerate(items):
        percent = start + (end - start) * done // max(total, 1)
        if percent != last:
            progress(phase, percent, f"{done} of {total}")
            last = percent
        yield item
