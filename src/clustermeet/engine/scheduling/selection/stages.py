"""A stage's time limit is a limit, not a duration.

CP-SAT stops a stage when it is proven. The lower-ranked stages (fairness, breaks) also
stop when they stall: once there is a schedule, no better one for `max(STALL_SECONDS,
half the time it took to reach the last one)`; so an unproven stage does not run to the
full limit for the last break. The weight and minimum stages never stop early this way.
"""

from __future__ import annotations

import threading
import time

from ortools.sat.python import cp_model

STALL_SECONDS = 3.0


class StallStop(cp_model.CpSolverSolutionCallback):
    def __init__(self, solver: cp_model.CpSolver, patience: bool) -> None:
        super().__init__()
        self._solver = solver
        self._begin = time.perf_counter()
        self._last: float | None = None  # no schedule yet: presolve may take seconds
        self._finished = threading.Event()
        self.stalled = False
        if patience:
            threading.Thread(target=self._watch, daemon=True).start()

    def on_solution_callback(self) -> None:
        self._last = time.perf_counter()

    def _watch(self) -> None:
        while not self._finished.wait(0.1):
            now, last = time.perf_counter(), self._last
            if last is not None and now - last > max(STALL_SECONDS, 0.5 * (last - self._begin)):
                self.stalled = True
                self._solver.stop_search()
                return

    def done(self) -> None:
        self._finished.set()
