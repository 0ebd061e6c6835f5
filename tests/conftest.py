"""Shared test set-up: every test run keeps its data (secret key, caches) in a temp folder."""

from __future__ import annotations

import os
import tempfile

# Set before Django reads its settings, so tests never touch a developer's real data folder.
os.environ.setdefault("CLUSTERMEET_DATA_DIR", tempfile.mkdtemp(prefix="clustermeet-test-"))
