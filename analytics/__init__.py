"""Frivillighetsatlas analytics: registers, validation and pure computations (no Streamlit here).

Flow: ``sources`` (read official files, online or from a local copy) -> registers (validate, normalise to the
2024 municipal structure, attach provenance, write atomically to the store) -> analytics functions on DataFrames.
``python -m analytics`` is the command line (see ``cli``).
"""

__all__ = ["__version__"]
__version__ = "0.1.0"
