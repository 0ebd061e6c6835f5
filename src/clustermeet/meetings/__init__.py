"""Meeting requests, schedules (versioned), meetings and their outcomes."""
