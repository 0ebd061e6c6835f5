"""This part's pages, included in the portal's URL namespace."""

from django.urls import URLPattern, path

from clustermeet.portal.agenda import calendar, privacy, views

urlpatterns: list[URLPattern] = [
    path("events/<slug:slug>/agenda/", views.agenda_page, name="agenda"),
    path("events/<slug:slug>/agenda/time-zone/", views.change_time_zone, name="agenda-time-zone"),
    path("events/<slug:slug>/agenda/consent/", views.change_consent, name="agenda-consent"),
    path(
        "events/<slug:slug>/agenda/meetings/<int:pk>/report/",
        views.report,
        name="agenda-report",
    ),
    path("events/<slug:slug>/agenda/agenda.pdf", calendar.download_pdf, name="agenda-pdf"),
    path("events/<slug:slug>/agenda/calendar-link/", calendar.renew_link, name="calendar-link"),
    path("events/<slug:slug>/calendar/<str:token>.ics", calendar.feed, name="calendar-feed"),
    path("me/privacy/", privacy.privacy_page, name="privacy"),
    path("me/privacy/my-data.json", privacy.download_data, name="privacy-data"),
    path("me/privacy/delete/", privacy.delete_account, name="delete-account"),
]
