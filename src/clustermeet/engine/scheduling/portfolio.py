"""Run the exact MaxSAT searches beside CP-SAT in child processes that can be stopped.

All of them share what they know through two integers in shared memory: the proven lower
bound (raised by CP-SAT's bound and by every "more than k breaks" a child proves) and the
breaks of CP-SAT's best schedule. So a child skips bounds already proven, the children
stop once CP-SAT's schedule is proven optimal, and the parent stops CP-SAT as soon as its
schedule meets the proven bound. Several SAT solvers race because the time of the one
satisfiable call varies by an order of magnitude between solvers and instances.
"""

from __future__ import annotations

import multiprocessing
import threading
import time
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from multiprocessing.sharedctypes import Synchronized

from clustermeet.engine.scheduling.maxsat import MaxSatAnswer, solve_maxsat
from clustermeet.engine.scheduling.model import FixedInstance

_NONE = -1  # "no schedule yet" in the shared upper bound


class SharedBounds:
    """Bounds readable and writable in every process (fork shares the memory)."""

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
    instance: FixedInstance, fairness: int, bounds: SharedBounds, sat_solver: str,
    conn: Connection,
) -> None:
    conn.send(solve_maxsat(instance, fairness, bounds, bounds.raise_lower, sat_solver))
    conn.close()


class MaxSatPortfolio:
    """The children as the parent sees them. `finished` once one has returned; its
    `answer` is then the optimum or a proof of infeasibility, or None when it stopped
    because the parent's schedule was proven optimal."""

    def __init__(self, instance: FixedInstance, fairness: int, sat_solvers: Sequence[str]
                 ) -> None:
        context = multiprocessing.get_context("fork")
        self.bounds = SharedBounds(context)
        self._pipes: list[Connection] = []
        self._processes = []
        for name in sat_solvers:
            parent_end, child_end = context.Pipe(duplex=False)
            process = context.Process(
                target=_child, args=(instance, fairness, self.bounds, name, child_end),
                daemon=True,
            )
            process.start()
            child_end.close()
            self._pipes.append(parent_end)
            self._processes.append(process)
        self.answer: MaxSatAnswer | None = None
        self.finished = False
        self._lock = threading.Lock()  # the watcher and the caller both read the pipes
        self.stopped = False

    def poll(self, timeout: float) -> bool:
        """Wait up to `timeout` for a child to return; True once one has."""
        with self._lock:
            if self.finished:
                return True
            if not self._pipes:
                time.sleep(timeout)  # every child died: nothing left to wait for
                return False
            ready = multiprocessing.connection.wait(self._pipes, timeout)
            for pipe in self._pipes[:]:
                if pipe not in ready:
                    continue
                try:
                    answer: MaxSatAnswer | None = pipe.recv()
                except (EOFError, OSError):
                    self._pipes.remove(pipe)  # a child that died answers nothing
                    continue
                if not self.finished or answer is not None:
                    self.answer, self.finished = answer, True
            return self.finished

    def stop(self) -> None:
        self.stopped = True
        for process in self._processes:
            if process.is_alive():
                process.kill()
            process.join()


def watch(children: MaxSatPortfolio, best: Callable[[], int | None],
          stop: Callable[[], None], bound_rose: Callable[[int], None] | None = None
          ) -> threading.Thread:
    """Stop the parent's search when a child returns or the proven bound reaches the
    parent's best schedule (`best()` breaks); tell `bound_rose` each new proven bound.
    Ends when the children are stopped."""

    def run() -> None:
        shown = 0
        while not children.stopped:
            done = children.poll(0.1)
            cost, lower = best(), children.bounds.lower()
            if bound_rose is not None and lower > shown:
                shown = lower
                bound_rose(lower)
            if done or (cost is not None and lower >= cost):
                stop()
                return

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread
