"""A user logs in with an e-mail address; names are kept as the person writes them, and are
what others see: the address is a contact detail, shown only where contact is allowed."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models

from clustermeet.accounts.enums import NoticeKind


class EmailUserManager(UserManager["User"]):
    def _create_user_object(
        self, username: str | None, email: str | None, password: str | None, **extra: Any
    ) -> User:
        email = self.normalize_email(email or username)
        user = self.model(email=email, username=email, **extra)
        user.password = ""
        if password:
            user.set_password(password)
        else:
            user.set_unusable_password()
        return user

    def create_user(  # type: ignore[override]
        self, email: str, password: str | None = None, **extra: Any
    ) -> User:
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        user = self._create_user_object(None, email, password, **extra)
        user.save(using=self._db)
        return user

    def create_superuser(  # type: ignore[override]
        self, email: str, password: str | None = None, **extra: Any
    ) -> User:
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        return self.create_user(email, password, **extra)


class User(AbstractUser):
    email = models.EmailField("e-mail address", unique=True)
    # Required wherever people are created (forms, imports): others see them by name.
    first_name = models.CharField("first name", max_length=150)
    last_name = models.CharField("last name", max_length=150)
    # The interface language the person chose; their e-mails are written in it too. Blank:
    # never chosen, so pages follow the browser and e-mails the site's language.
    language = models.CharField(max_length=8, choices=settings.LANGUAGES, blank=True, default="")

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["first_name", "last_name"]  # asked by createsuperuser

    objects = EmailUserManager()  # type: ignore[misc]

    def save(self, *args: Any, **kwargs: Any) -> None:
        # The username mirrors the e-mail so Django's own tooling keeps working.
        self.email = self.email.strip().lower()
        self.username = self.email
        super().save(*args, **kwargs)

    @property
    def display_name(self) -> str:
        """The name others see; never the e-mail address, which is a contact detail."""
        return self.get_full_name() or f"Participant {self.pk}"


class SignInLink(models.Model):
    """A one-time sign-in link sent by e-mail. Only a hash of its token is kept: whoever reads
    the database cannot sign in with it."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="sign_in_links")
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField()
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"sign-in link for {self.user_id} ({self.created_at:%Y-%m-%d %H:%M})"


class NotificationSettings(models.Model):
    """Which kinds of e-mail a person wants; no row means every kind is on."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="notifications")
    requests = models.BooleanField("requests I receive", default=True)
    answers = models.BooleanField("answers to my requests", default=True)
    expiries = models.BooleanField("expiries and reminders", default=True)
    publication = models.BooleanField("publication of the schedule", default=True)
    changes = models.BooleanField("changes to my meetings", default=True)

    def __str__(self) -> str:
        return f"notification settings of {self.user_id}"

    def wants(self, kind: str) -> bool:
        return bool(getattr(self, NoticeKind(kind).value))
