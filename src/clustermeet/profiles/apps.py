from django.apps import AppConfig


class ProfilesConfig(AppConfig):
    name = "clustermeet.profiles"
    label = "profiles"
