"""A SAT call that can be abandoned: Kissat in a forked process, killed once moot.

Kissat in PySAT cannot be interrupted, so a call asked "at most k breaks?" ran to its end
even after a cooperating search had answered the question (a "no" at a higher k, or a
schedule with at most k breaks). Here the call runs in a child forked from the caller, which
already holds the clauses (copy-on-write: no pickling on the way in); the caller watches
`moot()` while it waits and kills the child as soon as the answer no longer matters.

The portfolio's searches are daemonic `multiprocessing` children, which may not start
`multiprocessing` children of their own: hence a bare `os.fork`. Linux only: the child
asks the kernel to kill it with its parent (prctl), so that a search stopped by the
portfolio never leaves a Kissat behind.
"""

from __future__ import annotations

import ctypes
import os
import pickle
import select
import signal
import sys
from collections.abc import Callable, Sequence

from pysat.solvers import Solver

# The answer of an abandoned call.
MOOT = "moot"
_PR_SET_PDEATHSIG = 1


def solve_killable(
    solver_name: str,
    clauses: Sequence[Sequence[int]],
    moot: Callable[[], bool],
    poll: float = 0.05,
) -> list[int] | None | str:
    """A model of `clauses`, None when they are unsatisfiable, or MOOT when `moot()`
    (asked every `poll` seconds) turned true first; the child is then killed and reaped."""
    read_end, write_end = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # the child: solve, send the model, leave without Python's clean-up
        os.close(read_end)
        code = 1
        try:
            _die_with_parent(parent)
            with Solver(name=solver_name, bootstrap_with=clauses) as sat:
                model = sat.get_model() if sat.solve() else None
            with os.fdopen(write_end, "wb") as out:
                pickle.dump(model, out)
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    chunks: list[bytes] = []
    try:
        while True:
            ready, _, _ = select.select([read_end], [], [], poll)
            if ready:
                chunk = os.read(read_end, 1 << 20)
                if not chunk:
                    break  # the child closed its end: the answer is complete
                chunks.append(chunk)
            elif moot():
                os.kill(pid, signal.SIGKILL)
                return MOOT
    finally:
        os.close(read_end)
        os.waitpid(pid, 0)  # reaped in every case: no zombie, no stray Kissat
    if not chunks:
        raise RuntimeError("the SAT child died without an answer")
    answer: list[int] | None = pickle.loads(b"".join(chunks))
    return answer


def _die_with_parent(parent: int) -> None:
    """SIGKILL this process when its parent dies (the portfolio kills searches)."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # it died before the request took effect
        os._exit(1)
