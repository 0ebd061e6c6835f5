from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "clustermeet.events"
    label = "events"
