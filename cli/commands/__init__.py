"""Subcommands of ``python -m analytics``; one module per area (see ``cli``)."""
