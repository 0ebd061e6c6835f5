"""Selection mode: clustermeet's events, where requests compete for slots and tables.

`build_event_instance` turns an event's rows (from the database or an event file) into an
`EventInstance` by the event's rules; `solve_event` chooses which requests become meetings,
when and where; `validate_event` checks any schedule with the constraint functions the
solver used. `first_come_first_served` is what self-booking gives, for comparison;
`reschedule` changes a published schedule as little as it can.
"""

from clustermeet.engine.scheduling.selection.baseline import first_come_first_served
from clustermeet.engine.scheduling.selection.bounds import upper_bound
from clustermeet.engine.scheduling.selection.gaps import Gap, input_gaps
from clustermeet.engine.scheduling.selection.generator import generate_event
from clustermeet.engine.scheduling.selection.incremental import Diff, reschedule
from clustermeet.engine.scheduling.selection.model import (
    EventInstance,
    EventSchedule,
    Lock,
    Participant,
    Placement,
    Request,
    Table,
)
from clustermeet.engine.scheduling.selection.rules import (
    BuiltEvent,
    MeetingRow,
    PersonRow,
    RequestRow,
    TableRow,
    build_event_instance,
    request_weight,
    slot_days,
)
from clustermeet.engine.scheduling.selection.solver import solve_event
from clustermeet.engine.scheduling.selection.validator import (
    EventVerdict,
    summarise,
    validate_event,
)

__all__ = [
    "BuiltEvent",
    "Diff",
    "EventInstance",
    "EventSchedule",
    "EventVerdict",
    "Gap",
    "Lock",
    "MeetingRow",
    "Participant",
    "PersonRow",
    "Placement",
    "Request",
    "RequestRow",
    "Table",
    "TableRow",
    "build_event_instance",
    "first_come_first_served",
    "generate_event",
    "input_gaps",
    "request_weight",
    "reschedule",
    "slot_days",
    "solve_event",
    "summarise",
    "upper_bound",
    "validate_event",
]
