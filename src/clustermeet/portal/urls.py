from django.urls import path

from clustermeet.portal import actions, views
from clustermeet.portal.access import urls as access_urls
from clustermeet.portal.agenda import urls as agenda_urls
from clustermeet.portal.people import urls as people_urls

app_name = "portal"

urlpatterns = [
    path("", views.event_list, name="events"),
    path("events/<slug:slug>/", views.event_page, name="event"),
    path("me/", views.home, name="home"),
    path("events/<slug:slug>/requests/<int:pk>/accept/", actions.accept, name="accept-request"),
    path("events/<slug:slug>/requests/<int:pk>/book/", actions.book, name="book-meeting"),
    path("events/<slug:slug>/manage/import/", views.import_people, name="import"),
    path(
        "events/<slug:slug>/manage/import/template.xlsx",
        views.import_template_xlsx,
        name="import-template-xlsx",
    ),
    path(
        "events/<slug:slug>/manage/import/<str:kind>.csv",
        views.import_template_csv,
        name="import-template-csv",
    ),
]
# Each part of the portal keeps its own URLs (one module each, one namespace).
urlpatterns += access_urls.urlpatterns + people_urls.urlpatterns + agenda_urls.urlpatterns
