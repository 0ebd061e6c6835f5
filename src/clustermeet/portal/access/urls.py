"""This part's pages, included in the portal's URL namespace."""

from django.urls import URLPattern, path

from clustermeet.portal.access import views

urlpatterns: list[URLPattern] = [
    path("login/link/", views.sign_in_link, name="sign-in-link"),
    path("login/link/<str:token>/", views.sign_in_link_use, name="sign-in-link-use"),
    path("events/<slug:slug>/register/", views.register_page, name="register"),
    path("me/notifications/", views.notifications, name="notifications"),
    # Django's set_language, which also saves a signed-in person's choice.
    path("i18n/setlang/", views.set_language, name="set-language"),
]
