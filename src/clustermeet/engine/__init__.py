"""Pure, typed engines: no Django, no I/O.

Each engine takes plain dataclasses and returns plain dataclasses, so it can be tested,
benchmarked and run in a worker on its own. Nothing under this package may import Django.
"""
