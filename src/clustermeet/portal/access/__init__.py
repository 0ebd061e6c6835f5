"""Signing in, registering for an event, languages and notification settings."""
