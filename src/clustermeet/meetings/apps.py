from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "clustermeet.meetings"
    label = "meetings"
