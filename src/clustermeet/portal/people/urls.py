"""This part's pages, included in the portal's URL namespace."""

from django.urls import URLPattern, path

from clustermeet.portal.people import (
    availability,
    directory,
    items,
    profile,
    recommendations,
    requests,
)

E = "events/<slug:slug>/"

urlpatterns: list[URLPattern] = [
    path(f"{E}profile/", profile.overview, name="profile"),
    path(f"{E}profile/items/", items.items, name="profile-items"),
    path(f"{E}profile/items/<int:pk>/", items.edit, name="edit-item"),
    path(f"{E}profile/items/<int:pk>/withdraw/", items.withdraw, name="withdraw-item"),
    path(f"{E}profile/<str:step>/", profile.step, name="profile-step"),
    path(f"{E}participants/", directory.directory, name="participants"),
    path(f"{E}participants/<int:pk>/", directory.person, name="participant"),
    path(f"{E}participants/<int:pk>/request/", requests.new_request, name="new-request"),
    path(f"{E}participants/<int:pk>/mark/", recommendations.mark, name="mark"),
    path(f"{E}recommendations/", recommendations.recommendations, name="recommendations"),
    path(f"{E}requests/", requests.requests, name="requests"),
    path(f"{E}requests/<int:pk>/respond/", requests.respond, name="respond-request"),
    path(f"{E}requests/<int:pk>/cancel/", requests.cancel, name="cancel-request"),
    path(f"{E}requests/<int:pk>/take-proposal/", requests.take_proposal, name="take-proposal"),
    path(f"{E}availability/", availability.availability, name="availability"),
]
