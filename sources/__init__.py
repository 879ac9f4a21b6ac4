"""Readers for the official sources (online or from a local copy). They parse bytes; registers validate."""
