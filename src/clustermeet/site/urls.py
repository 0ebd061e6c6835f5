from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

admin.site.site_header = "clustermeet — organiser console"
admin.site.site_title = "clustermeet"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("orga/<slug:slug>/report/", include("clustermeet.orga.report_urls")),
    path("orga/<slug:slug>/", include("clustermeet.orga.urls")),
    path("", include("clustermeet.portal.urls")),
]
