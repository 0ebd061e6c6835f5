"""The organiser console, mounted at /orga/<slug>/ (every view checks the organiser)."""

from django.urls import path

from clustermeet.orga.views import (
    dashboard,
    day,
    edits,
    exports,
    log,
    matchmaking,
    people,
    scheduling,
    setup,
    walk_ins,
)

app_name = "orga"

urlpatterns = [
    path("", dashboard.dashboard, name="dashboard"),
    path("setup/", setup.setup, name="setup"),
    path("setup/sessions/<int:pk>/", setup.edit_session, name="edit-session"),
    path("setup/tables/<int:pk>/", setup.edit_table, name="edit-table"),
    path("participants/", people.participants, name="participants"),
    path("participants/<int:pk>/remind/", people.remind, name="remind"),
    path("requests/", people.requests, name="requests"),
    path("matchmaking/", matchmaking.matchmaking, name="matchmaking"),
    path("schedules/", scheduling.schedules, name="schedules"),
    path("schedules/<int:version>/", scheduling.schedule, name="schedule"),
    path("tasks/<int:pk>/", scheduling.task, name="task"),
    path("schedules/<int:version>/publish/", scheduling.publish, name="publish"),
    path("meetings/<int:pk>/lock/", scheduling.lock, name="lock"),
    path("meetings/<int:pk>/move/", edits.move, name="move"),
    path("meetings/<int:pk>/cancel/", edits.cancel, name="cancel"),
    path("day/plan/", day.plan, name="plan"),
    path("day/plan.pdf", day.plan_pdf, name="plan-pdf"),
    path("day/check-in/", day.check_in_page, name="check-in"),
    path("day/attendance/", day.attendance, name="attendance"),
    path("day/late-change/", day.late_change, name="late-change"),
    path("day/table-break/", day.table_break, name="table-break"),
    path("day/walk-in/", walk_ins.walk_in, name="walk-in"),
    path("day/late-request/", walk_ins.late_request, name="late-request"),
    path("log/", log.log, name="log"),
    path("exports/", exports.exports, name="exports"),
    path("exports/agenda/", exports.agenda_export, name="agenda-export"),
    path("exports/<slug:what>.<str:fmt>", exports.export, name="export"),
]
