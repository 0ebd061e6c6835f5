"""Run the exact MaxSAT search beside CP-SAT in a child process that can be stopped.

The two share what they know: CP-SAT's proven lower bound and the breaks of its best
schedule go to the child through shared integers, so the child skips bounds already
proven and stops once CP-SAT's schedule is proven optimal; the child's proofs ("more than
k breaks") come back through a pipe, so the parent can stop CP-SAT as soon as its schedule
meets them.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.sharedctypes import Synchronized

from clustermeet.engine.scheduling.maxsat import MaxSatAnswer, solve_maxsat
from clustermeet.engine.scheduling.model import FixedInstance

_NONE = -1  # "no schedule yet" in the shared upper bound


class SharedBounds:
    """Bounds readable in the child, written by the parent (fork shares the memory)."""

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
    instance: FixedInstance, fairness: int, bounds: SharedBounds, conn: Connection
) -> None:
    answer = solve_maxsat(instance, fairness, bounds, lambda k: conn.send(("lower", k)))
    conn.send(("answer", answer))
    conn.close()


class MaxSatProcess:
    """The child's state as the parent sees it: its proven lower bound and its answer."""

    def __init__(self, instance: FixedInstance, fairness: int) -> None:
        context = multiprocessing.get_context("fork")
        self.bounds = SharedBounds(context)
        self._parent, child_end = context.Pipe(duplex=False)
        self._process = context.Process(
            target=_child, args=(instance, fairness, self.bounds, child_end), daemon=True
        )
        self._process.start()
        child_end.close()
        self.answer: MaxSatAnswer | None = None
        self.finished = False  # the child has returned (answer None: CP-SAT's is optimal)
        self.proven_lower = 0
        self._lock = threading.Lock()  # the watcher and the caller both read the pipe
        self.stopped = False

    def poll(self, timeout: float) -> bool:
        """Read what the child sent within `timeout`; True once it has finished."""
        with self._lock:
            while not self.finished:
                try:
                    if not self._parent.poll(timeout):
                        break
                    kind, value = self._parent.recv()
                except (EOFError, OSError):
                    break
                if kind == "lower":
                    self.proven_lower = max(self.proven_lower, value)
                else:
                    self.answer, self.finished = value, True
                timeout = 0
            return self.finished

    def stop(self) -> None:
        self.stopped = True
        if self._process.is_alive():
            self._process.kill()
        self._process.join()


def start_maxsat(instance: FixedInstance, fairness: int) -> MaxSatProcess:
    return MaxSatProcess(instance, fairness)


def watch(child: MaxSatProcess, best: Callable[[], int | None], stop: Callable[[], None]
          ) -> threading.Thread:
    """Stop the parent's search when the child finishes or proves the parent's best
    schedule (`best()` breaks) optimal; ends when the child is stopped."""

    def run() -> None:
        while not child.stopped:
            done = child.poll(0.1)
            cost = best()
            if done or (cost is not None and child.proven_lower >= cost):
                stop()
                return

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread
