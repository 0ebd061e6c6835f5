"""clustermeet's event file (docs/event-format.md): its records and their one reader."""

from clustermeet.exchange.event_file.reader import read_event_file
from clustermeet.exchange.event_file.records import FORMAT, VERSION, EventFile

__all__ = ["FORMAT", "VERSION", "EventFile", "read_event_file"]
