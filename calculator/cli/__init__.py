"""Command-line entry points: ``quote`` (and later subcommands) without Qt."""
