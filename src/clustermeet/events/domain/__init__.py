"""Domain services of event set-up."""
