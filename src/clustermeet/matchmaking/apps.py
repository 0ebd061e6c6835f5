from django.apps import AppConfig


class MatchmakingConfig(AppConfig):
    name = "clustermeet.matchmaking"
    label = "matchmaking"
    verbose_name = "Matchmaking"
