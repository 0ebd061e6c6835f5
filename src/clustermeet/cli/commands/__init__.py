"""One module per subcommand; each defines `register(subparsers)`.

A command sets `handler=` on its parser with a function taking the parsed arguments and
returning an exit status. Commands that need the database call `clustermeet.cli.django.setup()`
inside the handler, so engine-only commands (schedule a .dzn file) start without Django.
"""
