"""clustermeet: international cluster and B2B matchmaking events, end to end."""

__version__ = "0.1.0"
