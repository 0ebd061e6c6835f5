"""The scheduler engine: which requests become meetings, when, and at which table.

Two problems share one set of constraint functions (`constraints.py`) that both build the
solver model and validate any schedule:

- fixed mode (`fixed.py`): the B2B scheduling problem of Bofill et al. (JAIR 74, 2022) where
  every meeting is given and only its slot is chosen;
- selection mode (`selection.py`): clustermeet's events, where requests compete for time.
"""

from clustermeet.engine.scheduling.model import (
    FixedInstance,
    FixedMeeting,
    FixedSchedule,
    Status,
)

__all__ = ["FixedInstance", "FixedMeeting", "FixedSchedule", "Status"]
