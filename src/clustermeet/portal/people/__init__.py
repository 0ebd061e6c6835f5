"""Profiles, the directory, recommendations, marks, requests and availability."""
