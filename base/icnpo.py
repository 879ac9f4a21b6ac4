"""The ICNPO hierarchy (International Classification of Non-Profit Organisations, as Frivillighetsregisteret codes
it): main groups are 1-2 digits; a 4-digit code belongs to the group of its first digit, a 5-digit code to the group
of its first two."""

from __future__ import annotations

from typing import Any


def normalise_icnpo(code: Any) -> str:
    """An ICNPO code as Brreg writes it (``"1100"``); tolerates ``1100``, ``"01100"`` and ``"1100.0"``."""
    text = "" if code is None else str(code).strip()
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    if not text.isdigit():
        return ""
    return str(int(text)) if int(text) else ""


def icnpo_main(code: str) -> str:
    """The main group of an ICNPO code: 1-2 digits are main groups; 4 digits -> first digit; 5 -> first two."""
    c = normalise_icnpo(code)
    if len(c) <= 2:
        return c
    if len(c) == 4:
        return c[0]
    if len(c) == 5:
        return c[:2]
    return ""
