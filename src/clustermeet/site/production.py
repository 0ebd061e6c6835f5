"""Production settings (`clustermeet serve --production`, gunicorn, Celery workers): the
base settings with nothing generated or guessed.

Everything comes from the environment (config.PRODUCTION_REQUIRED; a missing one is named),
PostgreSQL only, debug off, static files collected and served by WhiteNoise with long-lived
hashed names, the rate-limit counters in Redis (shared by every web process: a per-process
cache would let each process grant the full rate), SMTP mail, and Celery over the same Redis
unless CELERY_BROKER_URL says otherwise."""

from __future__ import annotations

from django.core.exceptions import ImproperlyConfigured

from clustermeet.site import config

_problems = config.production_problems()
if _problems:
    raise ImproperlyConfigured(" ".join(_problems))

from clustermeet.site.settings import *  # noqa: E402,F403
from clustermeet.site.settings import MIDDLEWARE  # noqa: E402

DEBUG = False
_REDIS = config.env("CLUSTERMEET_REDIS_URL")

# WhiteNoise right after SecurityMiddleware, as its documentation asks.
MIDDLEWARE = [MIDDLEWARE[0], "whitenoise.middleware.WhiteNoiseMiddleware", *MIDDLEWARE[1:]]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
}

# CACHES: Redis, from CLUSTERMEET_REDIS_URL (required above; see settings.py).
CELERY_BROKER_URL = config.env("CELERY_BROKER_URL") or _REDIS

# SMTP from CLUSTERMEET_SMTP_URL (required above; the base settings read it).
EMAIL_TIMEOUT = 20
SERVER_EMAIL = DEFAULT_FROM_EMAIL  # noqa: F405
