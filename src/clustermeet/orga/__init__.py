"""The organiser console at /orga/<slug>/: thin pages over the domain verbs."""
