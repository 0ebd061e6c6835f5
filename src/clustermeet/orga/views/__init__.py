"""One module per console page group; each view parses, calls a domain verb, renders."""
