from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "clustermeet.api"
    label = "api"
    verbose_name = "API"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from clustermeet.api.domain.webhooks import connect

        connect()  # happenings in the audit log become webhook deliveries
