from django.db import models
from django.utils.translation import gettext_lazy as _


class MeetingPolicy(models.TextChoices):
    ANY = "any", _("Anyone may meet anyone")
    ACROSS_DELEGATIONS = "across_delegations", _("Only across delegations")
    TYPE_PAIRS = "type_pairs", _("Only the organiser's pairs of organisation types")


class RequestMode(models.TextChoices):
    ACCEPTANCE = "acceptance", _("The requested person must accept")
    AUTOMATIC = "automatic", _("Requests are accepted automatically")


class TableKind(models.TextChoices):
    ONSITE = "onsite", _("On site")
    VIRTUAL = "virtual", _("Virtual room")


class OrganisationType(models.TextChoices):
    CLUSTER = "cluster", _("Cluster organisation")
    COMPANY = "company", _("Company")
    RESEARCH = "research", _("Research body")
    PUBLIC = "public", _("Public body")
    OTHER = "other", _("Other")


class BookingMode(models.TextChoices):
    ORGANISER_SCHEDULES = "organiser_schedules", _("The organisers schedule the meetings")
    PARTICIPANTS_BOOK = "participants_book", _("Participants book a slot themselves")
