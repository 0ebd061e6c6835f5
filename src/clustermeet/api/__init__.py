"""The JSON API at /api/v1/: an interface like the portal. It parses, calls the domain verbs
and renders; it imports the domain apps and never another interface package."""
