"""The scheduler engine: which requests become meetings, when, and at which table.

Two wings on a small shared core:

- `jair/`: the fixed-meetings problem of Bofill et al. (JAIR 74, 2022), where every meeting
  is given and only its slot is chosen (the `.dzn` benchmark files);
- `selection/`: clustermeet's events, where requests compete for time and tables.

The core holds what both use: the linear-constraint row (`Linear`, `Key`) that each wing's
constraint functions return — the same rows build the solver model and validate any
schedule —, the result `Status`, and the slot start times of a session. Callers import
from this package or from a wing's package, never from a module deeper down.
"""

from clustermeet.engine.scheduling.linear import Key, Linear
from clustermeet.engine.scheduling.status import Status
from clustermeet.engine.scheduling.times import parse_breaks, slot_times

__all__ = ["Key", "Linear", "Status", "parse_breaks", "slot_times"]
