"""Fixed-meetings mode: the B2B scheduling problem of Bofill et al. (JAIR 74, 2022).

Every meeting is given; each gets a slot so that the total number of breaks is smallest
under a fairness bound. `parse_dzn` reads the benchmark's `.dzn` files, `solve_fixed`
solves (CP-SAT beside MaxSAT searches on Kissat) and `validate_fixed` checks any schedule
with the constraint functions the solver used.
"""

from clustermeet.engine.scheduling.jair.constraints import breaks, breaks_per_participant
from clustermeet.engine.scheduling.jair.dzn import DznError, format_dzn, parse_dzn
from clustermeet.engine.scheduling.jair.model import (
    FixedInstance,
    FixedMeeting,
    FixedSchedule,
    Session,
)
from clustermeet.engine.scheduling.jair.planted import planted_instance
from clustermeet.engine.scheduling.jair.serialize import (
    fixed_schedule_from_json,
    fixed_schedule_to_json,
)
from clustermeet.engine.scheduling.jair.solver import solve_fixed
from clustermeet.engine.scheduling.jair.validator import Verdict, validate_fixed

__all__ = [
    "DznError",
    "FixedInstance",
    "FixedMeeting",
    "FixedSchedule",
    "Session",
    "Verdict",
    "breaks",
    "breaks_per_participant",
    "fixed_schedule_from_json",
    "fixed_schedule_to_json",
    "format_dzn",
    "parse_dzn",
    "planted_instance",
    "solve_fixed",
    "validate_fixed",
]
