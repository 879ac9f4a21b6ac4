"""Subcommands of ``python -m analytics``; one module per area (see ``analytics.cli``)."""
