"""Exporters of meetings data: a participant's calendar feed (ICS) and agenda PDF."""
