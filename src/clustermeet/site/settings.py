"""Django settings: SQLite in the data folder by default, PostgreSQL when DATABASE_URL is set."""

from __future__ import annotations

from pathlib import Path

import dj_database_url

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
    "clustermeet.portal",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "clustermeet.site.scoping.EventScopeMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
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
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
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

AUTH_USER_MODEL = "accounts.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "portal:home"
LOGOUT_REDIRECT_URL = "portal:events"

LANGUAGE_CODE = "en"
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
