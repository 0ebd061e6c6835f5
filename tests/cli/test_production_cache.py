"""The production settings keep the rate-limit counters in Redis, so two processes share
them (a per-process cache would let each grant the full rate); tests keep a local cache."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid

import pytest
from django.conf import settings

from tests.cli.test_serve_production import PRODUCTION_ENV, _child_env

REDIS = PRODUCTION_ENV["CLUSTERMEET_REDIS_URL"]


def _redis_answers() -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(REDIS, socket_connect_timeout=1).ping())
    except redis.exceptions.RedisError:
        return False


def _in_production(tmp_path, code: str) -> str:
    env = _child_env(
        tmp_path,
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/unused",
        DJANGO_SETTINGS_MODULE="clustermeet.site.production",
    )
    done = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup()\n{code}"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip()


def test_tests_keep_a_local_cache():
    assert settings.CACHES["default"]["BACKEND"].endswith("LocMemCache")


def test_production_cache_is_shared_between_processes(tmp_path):
    if not _redis_answers():
        if os.environ.get("CLUSTERMEET_TEST_NEEDS_REDIS") == "1":
            pytest.fail("Redis does not answer at 127.0.0.1:6379, and CI needs this test")
        pytest.skip("Redis does not answer at 127.0.0.1:6379")
    key = f"shared-{uuid.uuid4().hex}"
    setting = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    assert _in_production(tmp_path, setting) == "django.core.cache.backends.redis.RedisCache"
    write = f"from django.core.cache import cache; cache.set({key!r}, 41, 60); cache.incr({key!r})"
    _in_production(tmp_path, write)
    read = f"from django.core.cache import cache; print(cache.get({key!r}))"
    assert _in_production(tmp_path, read) == "42"  # another process sees the first's count
