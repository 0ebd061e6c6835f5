"""Run copies of the MaxSAT search beside CP-SAT in child processes that can be stopped.

All of them share, in shared memory, the proven lower bound (raised by CP-SAT's bound and
by every "more than k breaks" a search proves) and the breaks of the best schedule anyone
holds. The searches race on the lowest open k with differently shuffled clauses, and a
call whose answer another search has made known is killed (`killable.py`): the "yes" at
the optimum, most of the time on the hard Girona files, then runs on every core at once.
Everything stops as soon as the bound meets the best schedule.
"""

from __future__ import annotations

import multiprocessing
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.sharedctypes import Synchronized
from multiprocessing.synchronize import Event

from clustermeet.engine.scheduling.jair.maxsat import (
    MaxSatAnswer,
    solve_maxsat,
    solve_zero_breaks,
)
from clustermeet.engine.scheduling.jair.model import FixedInstance

_NONE = -1  # "nothing" in the shared integers


class SharedBounds:
    """The `maxsat.Bounds` of one search, in memory every process shares (fork)."""

    def __init__(self, context: multiprocessing.context.BaseContext) -> None:
        self._lower: Synchronized[int] = context.Value("i", 0)
        self._upper: Synchronized[int] = context.Value("i", _NONE)

    def lower(self) -> int:
        return int(self._lower.value)

    def upper(self) -> int | None:
        value = int(self._upper.value)
        return None if value == _NONE else value

    def raise_lower(self, value: int) -> None:
        with self._lower.get_lock():
            self._lower.value = max(self._lower.value, value)

    def lower_upper(self, value: int) -> None:
        with self._upper.get_lock():
            if self._upper.value == _NONE or value < self._upper.value:
                self._upper.value = value


def _child(
    instance: FixedInstance,
    fairness: int,
    bounds: SharedBounds,
    index: int,
    go: Event,
    conn: Connection,
    zero_only: bool,
) -> None:
    go.wait()
    # Each better schedule as it is found, then the final word (None: someone else's).
    if zero_only:
        conn.send(solve_zero_breaks(instance, bounds, conn.send, seed=index, race=True))
    else:
        conn.send(solve_maxsat(instance, fairness, bounds, conn.send, seed=index, race=True))
    conn.close()


class MaxSatPortfolio:
    """The searches as the parent sees them: the best schedule they sent, and whether
    one proved the instance infeasible. `waiting` of them start only on `release()`.
    They all ask about the lowest open k and abandon moot calls (`solve_maxsat`); with
    `zero_only` they only ask whether there is a schedule without breaks
    (`solve_zero_breaks`, for instances where the counting encoding is not exact)."""

    def __init__(
        self,
        instance: FixedInstance,
        fairness: int,
        searches: int,
        waiting: int,
        zero_only: bool = False,
    ) -> None:
        context = multiprocessing.get_context("fork")
        self.bounds = SharedBounds(context)
        self._go_now, self._go_later = context.Event(), context.Event()
        self._go_now.set()
        self._pipes: list[Connection] = []
        self._processes = []
        for index in range(searches):
            go = self._go_later if index >= searches - waiting else self._go_now
            parent_end, child_end = context.Pipe(duplex=False)
            process = context.Process(
                target=_child,
                args=(instance, fairness, self.bounds, index, go, child_end, zero_only),
                daemon=True,
            )
            process.start()
            child_end.close()
            self._pipes.append(parent_end)
            self._processes.append(process)
        self.best: MaxSatAnswer | None = None
        self.infeasible = False
        self._lock = threading.Lock()  # the watcher and the caller both read the pipes
        self.stopped = False

    def release(self) -> None:
        self._go_later.set()

    def poll(self, timeout: float) -> None:
        """Read what the searches sent within `timeout`."""
        with self._lock:
            if not self._pipes:
                time.sleep(timeout)  # every search has ended
                return
            ready = multiprocessing.connection.wait(self._pipes, timeout)
            for pipe in self._pipes[:]:
                if pipe not in ready:
                    continue
                try:
                    answer: MaxSatAnswer | None = pipe.recv()
                except (EOFError, OSError):
                    self._pipes.remove(pipe)  # ended (or died): nothing more to read
                    continue
                if answer is None:
                    continue
                if answer.slots is None:
                    self.infeasible = True
                elif self.best is None or (answer.cost or 0) < (self.best.cost or 0):
                    self.best = answer

    def decided(self, parent_best: int | None) -> bool:
        """Infeasible, or the proven bound meets the best schedule of anyone."""
        costs = [c for c in (parent_best, self.best.cost if self.best else None) if c is not None]
        return self.infeasible or (bool(costs) and self.bounds.lower() >= min(costs))

    def stop(self) -> None:
        self.stopped = True
        self.release()
        for process in self._processes:
            if process.is_alive():
                process.kill()
            process.join()


def watch(
    children: MaxSatPortfolio,
    best: Callable[[], int | None],
    stop: Callable[[], None],
    bound_rose: Callable[[int], None] | None = None,
    enough: Callable[[], bool] = lambda: False,
) -> threading.Thread:
    """Stop the parent's search once the searches decide the instance, given the
    parent's best schedule (`best()` breaks), or once `enough()`; tell `bound_rose` each
    new proven bound until the searches decide or are stopped (the parent may be done
    long before them)."""

    def run() -> None:
        shown = 0
        stopped_parent = False
        while not children.stopped:
            children.poll(0.1)
            lower = children.bounds.lower()
            if bound_rose is not None and lower > shown:
                shown = lower
                bound_rose(lower)
            if children.decided(best()):
                # Again until the parent is done: a stop before its search has started
                # (OR-Tools is still loading) would otherwise be lost.
                while not children.stopped:
                    stop()
                    time.sleep(0.1)
                return
            if not stopped_parent and enough():
                stop()
                stopped_parent = True

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread
