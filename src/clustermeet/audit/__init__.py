"""The audit log: who did what to which event's data, on whose behalf, before → after."""
