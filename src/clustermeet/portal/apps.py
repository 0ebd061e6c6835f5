from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "clustermeet.portal"
    label = "portal"
