"""Make someone an organiser of an event: staff access and the organisers' permissions."""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Q

from clustermeet.accounts.models import User
from clustermeet.events.models import Event

ORGANISER_GROUP = "Organisers"
ORGANISER_APPS = ("events", "profiles", "meetings", "matchmaking")


def organiser_group() -> Group:
    group, _ = Group.objects.get_or_create(name=ORGANISER_GROUP)
    # Their events' data, and the names of their events' people (the user admin scopes both).
    permissions = Permission.objects.filter(
        Q(content_type__app_label__in=ORGANISER_APPS)
        | Q(content_type__app_label="accounts", codename__in=["view_user", "change_user"])
    )
    group.permissions.set(permissions)
    return group


@transaction.atomic
def make_organiser(event: Event, user: User) -> None:
    event.organisers.add(user)
    user.is_staff = True
    user.save(update_fields=["is_staff"])
    user.groups.add(organiser_group())
