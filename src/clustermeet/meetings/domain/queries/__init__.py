"""Shared reads: what pages, the API and reports show, decided once (privacy included)."""
