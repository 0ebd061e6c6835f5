from django.apps import AppConfig


class ExchangeConfig(AppConfig):
    name = "clustermeet.exchange"
    label = "exchange"
