"""Run the exact MaxSAT solver beside CP-SAT in a child process that can be stopped.

RC2 has no time limit of its own, so it runs in a forked process; the parent stops CP-SAT as
soon as the child answers, and kills the child when CP-SAT has proved its answer first.
"""

from __future__ import annotations

import multiprocessing
import threading
from multiprocessing.connection import Connection

from ortools.sat.python import cp_model

from clustermeet.engine.scheduling.maxsat import MaxSatAnswer, solve_maxsat
from clustermeet.engine.scheduling.model import FixedInstance


def _child(instance: FixedInstance, fairness: int, conn: Connection) -> None:
    conn.send(solve_maxsat(instance, fairness))
    conn.close()


class MaxSatProcess:
    def __init__(self, instance: FixedInstance, fairness: int) -> None:
        context = multiprocessing.get_context("fork")
        self._parent, child_end = context.Pipe(duplex=False)
        self._process = context.Process(
            target=_child, args=(instance, fairness, child_end), daemon=True
        )
        self._process.start()
        child_end.close()
        self._answer: MaxSatAnswer | None = None
        self._done = threading.Event()
        self._lock = threading.Lock()  # the watcher and the caller both read the pipe
        self.stopped = False

    def wait(self, timeout: float | None) -> bool:
        """True once the child has answered."""
        with self._lock:
            return self._wait(timeout)

    def _wait(self, timeout: float | None) -> bool:
        if self._done.is_set():
            return True
        try:
            ready = self._parent.poll(timeout)
        except (EOFError, OSError):
            return False
        if ready and not self._done.is_set():
            try:
                self._answer = self._parent.recv()
            except (EOFError, OSError):
                return False
            self._done.set()
        return self._done.is_set()

    def result(self, wait: bool) -> MaxSatAnswer | None:
        """The child's answer if it has one (after a short wait if asked); then stop it."""
        if not self._done.is_set() and wait:
            self.wait(0.5)
        self.stop()
        return self._answer

    def stop(self) -> None:
        self.stopped = True
        if self._process.is_alive():
            self._process.kill()
        self._process.join()


def start_maxsat(instance: FixedInstance, fairness: int) -> MaxSatProcess:
    return MaxSatProcess(instance, fairness)


def watch(child: MaxSatProcess, solver: cp_model.CpSolver) -> threading.Thread:
    """Stop CP-SAT when the child answers; ends when the child is stopped."""

    def run() -> None:
        while not child.stopped:
            if child.wait(0.1):
                solver.stop_search()
                return

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread
