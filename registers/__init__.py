"""Registers: validate what the sources read, normalise it to the 2024 code vintage, attach provenance and write it
atomically to the store, keeping versions (municipalities, policies, quality, organisations)."""
