from django.db import models


class MeetingPolicy(models.TextChoices):
    ANY = "any", "Anyone may meet anyone"
    ACROSS_DELEGATIONS = "across_delegations", "Only across delegations"
    TYPE_PAIRS = "type_pairs", "Only the organiser's pairs of organisation types"


class RequestMode(models.TextChoices):
    ACCEPTANCE = "acceptance", "The requested person must accept"
    AUTOMATIC = "automatic", "Requests are accepted automatically"


class TableKind(models.TextChoices):
    ONSITE = "onsite", "On site"
    VIRTUAL = "virtual", "Virtual room"


class OrganisationType(models.TextChoices):
    CLUSTER = "cluster", "Cluster organisation"
    COMPANY = "company", "Company"
    RESEARCH = "research", "Research body"
    PUBLIC = "public", "Public body"
    OTHER = "other", "Other"


class BookingMode(models.TextChoices):
    ORGANISER_SCHEDULES = "organiser_schedules", "The organisers schedule the meetings"
    PARTICIPANTS_BOOK = "participants_book", "Participants book a slot themselves"
