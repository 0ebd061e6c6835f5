from django.apps import AppConfig


class TasksConfig(AppConfig):
    name = "clustermeet.tasks"
    label = "tasks"
    verbose_name = "Background tasks"
    default_auto_field = "django.db.models.BigAutoField"
