"""Django settings: SQLite in the data folder by default, PostgreSQL when DATABASE_URL is set."""

from __future__ import annotations

import os
import tempfile
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from clustermeet.site import config

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = config.secret_key()
DEBUG = config.env("CLUSTERMEET_DEBUG") == "1"
ALLOWED_HOSTS = (config.env("CLUSTERMEET_ALLOWED_HOSTS") or "127.0.0.1,localhost").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "clustermeet.accounts",
    "clustermeet.audit",
    "clustermeet.events",
    "clustermeet.profiles",
    "clustermeet.meetings",
    "clustermeet.matchmaking",
    "clustermeet.exchange",
    "clustermeet.reports",
    "clustermeet.portal",
    "clustermeet.orga",
    "clustermeet.tasks",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # After the session and the user: a signed-in person's saved language, when no cookie says.
    "clustermeet.site.language.UserLanguageMiddleware",
    "clustermeet.site.scoping.EventScopeMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "clustermeet.site.urls"
WSGI_APPLICATION = "clustermeet.site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "clustermeet.portal.people.context.people_navigation",
            ],
        },
    },
]

_sqlite_path = config.data_dir() / "clustermeet.sqlite3"
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{_sqlite_path}", conn_max_age=60, conn_health_checks=True
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        # Concurrent writers take turns: each transaction takes the write lock when it begins
        # (no deadlock on upgrading a read lock) and waits up to 20 s for it. Web processes
        # and task workers share the file: in WAL mode readers never wait on the writer.
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    # Tests use a file too (a task worker in another process must see their rows); one per
    # test process, outside the data folder, which other checkouts' test runs may share.
    DATABASES["default"]["TEST"] = {
        "NAME": str(Path(tempfile.gettempdir()) / f"clustermeet-test-{os.getpid()}.sqlite3")
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A bounded pool per process: the threaded server opens a thread per request, and
    # persistent per-thread connections would outgrow the server's max_connections.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": 1,
        "max_size": 20,
        "timeout": 20,
    }

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "clustermeet.accounts.throttling.ThrottledLogins",
    "django.contrib.auth.backends.ModelBackend",
]
_validation = "django.contrib.auth.password_validation"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"{_validation}.UserAttributeSimilarityValidator"},
    {"NAME": f"{_validation}.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": f"{_validation}.CommonPasswordValidator"},
    {"NAME": f"{_validation}.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "portal:home"
LOGOUT_REDIRECT_URL = "portal:events"

# Login throttling (django-axes): failures count per account and, separately, per client
# address; either reaching the limit refuses logins for the cool-off time.
AXES_FAILURE_LIMIT = 10
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_LOCKOUT_CALLABLE = "clustermeet.accounts.throttling.locked_out"
AXES_USERNAME_CALLABLE = "clustermeet.accounts.throttling.account_of"
AXES_DISABLE_ACCESS_LOG = True  # no log of every successful login (who, from where)
AXES_CLIENT_IP_CALLABLE = "clustermeet.accounts.throttling.client_address"
REVERSE_PROXIES = config.count("CLUSTERMEET_PROXIES", 0)  # reverse proxies in front of the web app

LANGUAGE_CODE = "en"
# The interface's languages; `make messages` refreshes their catalogues in LOCALE_PATHS.
LANGUAGES = [("en", _("English")), ("fr", _("French")), ("bg", _("Bulgarian"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
LANGUAGE_COOKIE_NAME = "clustermeet_language"
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600  # a year: the choice is remembered
LANGUAGE_COOKIE_SAMESITE = "Lax"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
STATIC_ROOT = config.data_dir() / "static"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
FORMS_URLFIELD_ASSUME_HTTPS = True  # Django 6 behaviour now: bare domains mean https

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Served over HTTPS, except in debug mode or when it answers to loopback names only (nothing
# but this machine reaches it by those names); CLUSTERMEET_HTTPS says so either way.
_LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}
HTTPS = config.flag("CLUSTERMEET_HTTPS", default=not DEBUG and not set(ALLOWED_HOSTS) <= _LOOPBACK)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = 31_536_000 if HTTPS else 0  # a year, once a browser has seen https
SECURE_HSTS_INCLUDE_SUBDOMAINS = False  # the site's own host only: others may be plain http
# HSTS for the site's own host only (its subdomains may be others' plain-http sites), and no
# request to be preloaded into browsers: both choices are the operator's, not the software's.
SILENCED_SYSTEM_CHECKS = ["security.W005", "security.W021"]
if REVERSE_PROXIES:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Background tasks: in-process without a broker, on Celery workers over Redis with one.
CELERY_BROKER_URL = config.env("CELERY_BROKER_URL")

# Reminders and notices go to the console unless a deployment configures a mail backend.
# Mail is written as files in the data folder unless SMTP is configured: nothing is sent by
# accident from a demo, and the command line's own output stays clean.
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = config.data_dir() / "mail"
DEFAULT_FROM_EMAIL = config.env("CLUSTERMEET_MAIL_FROM") or "clustermeet <noreply@localhost>"
_smtp = config.smtp(config.env("CLUSTERMEET_SMTP_URL"))
if _smtp is not None:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST, EMAIL_PORT = _smtp.host, _smtp.port
    EMAIL_HOST_USER, EMAIL_HOST_PASSWORD = _smtp.user, _smtp.password
    EMAIL_USE_TLS, EMAIL_USE_SSL = _smtp.starttls, _smtp.ssl
# How long a sign-in link sent by e-mail works (once).
SIGN_IN_LINK_MINUTES = 15

# The cache holds the API's rate-limit counters: one per process unless Redis is configured,
# which every process then shares (production requires it; tests keep their own).
_REDIS = config.env("CLUSTERMEET_REDIS_URL")
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    if _REDIS is None
    else {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": _REDIS,
        "KEY_PREFIX": "clustermeet",
    }
}
# Webhook receivers on loopback (this machine): for tests and local receivers only.
WEBHOOKS_ALLOW_LOOPBACK = config.flag("CLUSTERMEET_WEBHOOKS_ALLOW_LOOPBACK", default=False)
# The JSON API at /api/v1/ (clustermeet.api): Django REST framework, the OpenAPI description by
# drf-spectacular, its browsable docs served from drf-spectacular-sidecar (no CDN).
INSTALLED_APPS += [
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "clustermeet.api",
]
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # First, so that a request without credentials is answered 401 with WWW-Authenticate.
        "clustermeet.api.authentication.BearerTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_PAGINATION_CLASS": "clustermeet.api.pagination.Pages",
    "DEFAULT_FILTER_BACKENDS": ["clustermeet.api.filters.QueryFilters"],
    "DEFAULT_THROTTLE_CLASSES": [
        "clustermeet.api.throttling.AnonymousRate",
        "clustermeet.api.throttling.UserRate",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "clustermeet.api.errors.exception_handler",
    "PAGE_SIZE": 50,
}
# Requests per user (or per address without credentials); read on every request.
CLUSTERMEET_API_RATES = {"anonymous": "120/minute", "user": "1200/minute"}
SPECTACULAR_SETTINGS = {
    "TITLE": "clustermeet API",
    "DESCRIPTION": "Events, people, requests, meetings, schedules and outcomes of clustermeet.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "TableKindEnum": "clustermeet.events.enums.TableKind",
        "OrganisationKindEnum": "clustermeet.events.enums.OrganisationType",
        "ItemKindEnum": "clustermeet.profiles.enums.ItemType",
        "OutcomeKindEnum": "clustermeet.meetings.enums.OutcomeKind",
        "MarkKindEnum": "clustermeet.matchmaking.enums.MarkKind",
    },
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "clustermeet.api.schema.add_error_responses",
    ],
}
