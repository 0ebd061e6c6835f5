from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

admin.site.site_header = "clustermeet — organiser console"
admin.site.site_title = "clustermeet"

urlpatterns = [
    path("admin/", admin.site.urls),
    path(
        "login/",
        auth_views.LoginView.as_view(
            extra_context={"sign_in_link_minutes": settings.SIGN_IN_LINK_MINUTES}
        ),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("orga/<slug:slug>/report/", include("clustermeet.orga.report_urls")),
    path("orga/<slug:slug>/", include("clustermeet.orga.urls")),
    path("api/v1/", include("clustermeet.api.urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    path("", include("clustermeet.portal.urls")),
]
