"""One module per `netbuilder` subcommand; each has `add_parser(subparsers)` and `run(args) -> int`."""
