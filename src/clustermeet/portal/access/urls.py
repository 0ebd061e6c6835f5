"""This part's pages, included in the portal's URL namespace."""

from django.urls import URLPattern

urlpatterns: list[URLPattern] = []
