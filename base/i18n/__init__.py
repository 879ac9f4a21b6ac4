"""The string catalogue: every user-facing text, in bokmål (``nb``), English (``en``) and Danish (``da``).

The catalogue is one package so that every string lives in one place; it is split by area into modules
(``core``, ``policy`` …) only so that parallel work does not collide. Each module defines ``STRINGS``: a dict
of key -> {"nb": …, "en": …, "da": …}. Keys must be unique across modules (a test checks it).

Numbers are formatted per language by :func:`fmt_int` / :func:`fmt_num` / :func:`fmt_pct`: a (narrow no-break)
space as thousands separator and a decimal comma for ``nb`` and ``da``.
"""

from __future__ import annotations

import importlib
import math
import pkgutil
from typing import Any

LANGS = ("nb", "en", "da")
DEFAULT_LANG = "nb"


def _load() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for mod in sorted(m.name for m in pkgutil.iter_modules(__path__)):
        strings = importlib.import_module(f"{__name__}.{mod}").STRINGS
        for key, value in strings.items():
            if key in merged:
                raise RuntimeError(f"i18n key {key!r} defined twice (module {mod})")
            merged[key] = value
    return merged


CATALOGUE: dict[str, dict[str, str]] = _load()


def t(key: str, lang: str = DEFAULT_LANG, **kwargs: Any) -> str:
    """The text for ``key`` in ``lang`` (falling back to bokmål), formatted with ``kwargs``."""
    entry = CATALOGUE.get(key)
    if entry is None:
        raise KeyError(f"missing i18n key {key!r}")
    text = entry.get(lang) or entry[DEFAULT_LANG]
    return text.format(**kwargs) if kwargs else text


def fmt_int(value: float | int | None, lang: str = DEFAULT_LANG) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    s = f"{round(value):,}"
    return s.replace(",", "\u202f") if lang in ("nb", "da") else s


def fmt_num(value: float | None, decimals: int = 1, lang: str = DEFAULT_LANG) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    s = f"{value:,.{decimals}f}"
    if lang in ("nb", "da"):
        s = s.replace(",", "\u202f").replace(".", ",")
    return s


def fmt_pct(share: float | None, decimals: int = 1, lang: str = DEFAULT_LANG) -> str:
    """A share (0..1) as a percentage: ``0.225`` -> ``22,5 %`` (nb/da) or ``22.5%`` (en)."""
    if share is None or (isinstance(share, float) and math.isnan(share)):
        return "–"
    num = fmt_num(share * 100, decimals, lang)
    return f"{num}\u00a0%" if lang in ("nb", "da") else f"{num}%"


def area_key(key: str, country: str) -> str:
    """The catalogue key for a country's level between state and municipality: Norway's counties are Denmark's
    regions (``"col.county"`` -> ``"col.region"`` for ``dk``). The one place that rule lives."""
    return key.replace("county", "region") if country == "dk" else key
