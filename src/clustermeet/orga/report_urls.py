from django.urls import path

from clustermeet.orga import report

app_name = "orga-report"

urlpatterns = [
    path("", report.page, name="page"),
    path("report.<str:fmt>", report.download, name="download"),
]
