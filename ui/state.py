"""The view's state lives in the URL so a link reopens the same view.

Parameters (kept exactly; other tools build links with them): ``land`` (no|dk), ``lang`` (nb|en|da), ``kommune``
(code), ``fylke`` (county/region code), ``aar`` (year), ``lag`` (map layer: ``publisert`` | ``register``),
``present=1``, ``embed=1`` (chrome-less view for partner websites), ``sammenlign`` (comma-separated codes); the
profile's twin weights ``vekt_inn``, ``vekt_org``, ``vekt_tett`` and the overview's ``sorter`` (order of "where to
push next").
Widgets are bound to them with ``bind="query-params"`` (Streamlit >= 1.64), whose key is the parameter name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import streamlit as st

from base.i18n import LANGS, set_lang

COUNTRY_DEFAULT_LANG = {"no": "nb", "dk": "da"}


@dataclass(frozen=True)
class View:
    country: str
    lang: str
    present: bool
    embed: bool = False  # ?embed=1: no sidebar, no widgets, a source line and a link back (ui/embed.py)

    @property
    def quiet(self) -> bool:
        """No widgets: presentation mode (the view comes from the link) or an embed (never any editing)."""
        return self.present or self.embed


def _param(name: str) -> str | None:
    value = st.query_params.get(name)
    return str(value) if value is not None else None


def _embed_param() -> str | None:
    """The raw ``embed`` parameter. Streamlit keeps ``embed``/``embed_options`` (its own ``?embed=true``) out of
    ``st.query_params``, so it is read from the session's parsed query string; pinned Streamlit (requirements.txt),
    and ``tests/test_published_pages.py`` fails if a new version moves it."""
    try:
        from streamlit.runtime.state.session_state_proxy import get_session_state

        with get_session_state().query_params() as qp:
            raw = qp._query_params.get("embed")
    except (AttributeError, RuntimeError, KeyError):
        return None
    if isinstance(raw, list):
        raw = raw[-1] if raw else ""
    return None if raw is None else str(raw)


def current_view() -> View:
    """Country, language and presentation mode from the URL (set by the sidebar widgets in ``app.py``)."""
    country = _param("land") if _param("land") in ("no", "dk") else "no"
    lang = _param("lang") if _param("lang") in LANGS else COUNTRY_DEFAULT_LANG[country]
    present = _param("present") in ("1", "true", "True")
    embed = _embed_param() in ("1", "true", "True")
    set_lang(lang)  # messages rendered without an explicit language (str(err), reports) speak the session's language
    return View(country, lang, present, embed)


def get_param(name: str) -> str | None:
    return _param(name)


def set_param(name: str, value: str | int | None) -> None:
    """Write (or clear) a parameter that is not bound to a widget."""
    if value is None or value == "":
        if name in st.query_params:
            del st.query_params[name]
    else:
        st.query_params[name] = str(value)


def url_selectbox(label: str, options: Sequence[str], param: str, format_func: Callable[[str], str] = str,
                  default: str | None = None, **kwargs: Any) -> str:
    """A selectbox whose *value* (a code such as ``0301``, never its translated label) is kept in the URL as
    ``param``. (Streamlit's ``bind="query-params"`` writes the displayed label when a ``format_func`` is used, which
    would break links such as ``?land=dk`` and ``?kommune=0301``.) The default is left out of the URL."""
    options = list(options)
    default = default if default in options else options[0]
    current = _param(param)
    value = current if current in options else default
    key = f"_url_{param}"
    if st.session_state.get(key) != value:
        st.session_state[key] = value  # the URL wins (a link, a search, the back button)

    def on_change() -> None:
        chosen = st.session_state[key]
        set_param(param, None if chosen == default and param not in ("kommune",) else chosen)

    return st.selectbox(label, options, format_func=format_func, key=key, on_change=on_change, **kwargs)


def url_select_slider(label: str, options: Sequence[Any], param: str, format_func: Callable[[Any], str] = str,
                      default: Any = None, **kwargs: Any) -> Any:
    """A select slider whose value is kept in the URL as ``param`` (the default is left out), with its values
    written by ``format_func`` (e.g. with a decimal comma: Streamlit's own slider formats numbers the English
    way)."""
    options = list(options)
    default = default if default in options else options[0]
    by_text = {str(o): o for o in options}
    current = by_text.get(_param(param) or "")
    value = current if current is not None else default
    key = f"_url_{param}"
    if st.session_state.get(key) != value:
        st.session_state[key] = value

    def on_change() -> None:
        chosen = st.session_state[key]
        set_param(param, None if chosen == default else str(chosen))

    return st.select_slider(label, options, format_func=format_func, key=key, on_change=on_change, **kwargs)


def url_radio(label: str, options: Sequence[str], param: str, format_func: Callable[[str], str] = str,
              **kwargs: Any) -> str:
    """A radio whose value is kept in the URL as ``param`` (the first option, the default, is left out)."""
    options = list(options)
    current = _param(param)
    value = current if current in options else options[0]
    key = f"_url_{param}"
    if st.session_state.get(key) != value:
        st.session_state[key] = value

    def on_change() -> None:
        chosen = st.session_state[key]
        set_param(param, None if chosen == options[0] else chosen)

    return st.radio(label, options, format_func=format_func, key=key, on_change=on_change, **kwargs)


def current_url() -> str:
    """The address of this view: the page's URL with every parameter now in ``st.query_params``."""
    from urllib.parse import urlencode

    base = str(st.context.url or "").split("?")[0].split("#")[0]
    params = st.query_params.to_dict()
    return base + ("?" + urlencode(params) if params else "")
