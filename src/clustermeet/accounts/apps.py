from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "clustermeet.accounts"
    label = "accounts"
