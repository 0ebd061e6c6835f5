"""User accounts: people log in with their e-mail address."""
