"""The agenda (web, PDF, calendar feed), outcomes after each meeting, and one's own data."""
