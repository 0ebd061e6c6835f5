"""Event set-up: the event, its days and sessions, slots, tables and delegations."""
