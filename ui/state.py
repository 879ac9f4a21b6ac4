"""The view's state lives in the URL so a link reopens the same view.

Parameters (kept exactly; other tools build links with them): ``land`` (no|dk), ``lang`` (nb|en|da), ``kommune``
(code), ``fylke`` (county/region code), ``aar`` (year), ``lag`` (map layer), ``present=1``. Widgets are bound to
them with ``bind="query-params"`` (Streamlit >= 1.64), whose key is the parameter name.
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from analytics.i18n import LANGS

COUNTRY_DEFAULT_LANG = {"no": "nb", "dk": "da"}


@dataclass(frozen=True)
class View:
    country: str
    lang: str
    present: bool


def _param(name: str) -> str | None:
    value = st.query_params.get(name)
    return str(value) if value is not None else None


def current_view() -> View:
    """Country, language and presentation mode from the URL (set by the sidebar widgets in ``app.py``)."""
    country = _param("land") if _param("land") in ("no", "dk") else "no"
    lang = _param("lang") if _param("lang") in LANGS else COUNTRY_DEFAULT_LANG[country]
    present = _param("present") in ("1", "true", "True")
    return View(country, lang, present)


def get_param(name: str) -> str | None:
    return _param(name)


def set_param(name: str, value: str | int | None) -> None:
    """Write (or clear) a parameter that is not bound to a widget."""
    if value is None or value == "":
        if name in st.query_params:
            del st.query_params[name]
    else:
        st.query_params[name] = str(value)
