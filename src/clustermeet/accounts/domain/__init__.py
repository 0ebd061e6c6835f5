"""Verbs on accounts: creating one, sign-in links, the chosen language, e-mail switches."""
