"""Profiles: organisations, participants and their typed offers and requests (items)."""
