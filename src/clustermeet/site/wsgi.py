"""WSGI entry point for production servers (gunicorn clustermeet.site.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clustermeet.site.settings")
application = get_wsgi_application()
