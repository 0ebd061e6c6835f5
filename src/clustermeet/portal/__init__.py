"""The web pages: the public event page, the participant's home and login."""
