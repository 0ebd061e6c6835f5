from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "clustermeet.reports"
    label = "reports"
    verbose_name = "Reports"
