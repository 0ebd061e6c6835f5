"""A user logs in with an e-mail address; names are kept as the person writes them, and are
what others see: the address is a contact detail, shown only where contact is allowed."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models


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
