from django.apps import AppConfig


class OrgaConfig(AppConfig):
    name = "clustermeet.orga"
    label = "orga"
    verbose_name = "Organiser console"
