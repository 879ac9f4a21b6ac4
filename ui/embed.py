"""The embed for partner websites: ``?embed=1`` shows a page without the atlas's chrome (no sidebar, no toolbar, no
widgets) with a small source line and a link back to the full atlas, and the "copy embed code" box offers the
``<iframe>`` snippet of the current view.

Embedding never opens editing: the router registers only the read-only pages in an embed (``EMBEDDABLE``), and
embedded pages draw no widgets at all, whoever the viewer is.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlencode

import streamlit as st

from analytics.exports import source_line
from base.i18n import t
from ui.state import View

EMBED_PARAM = "embed"
DEFAULT_PAGE = "oversikt"  # the router's default page (app.py)
EMBEDDABLE = ("oversikt", "kommuneprofil", "sammenlign", "norge-danmark")
DEFAULT_HEIGHT = 720
# Widget state that must not travel into an embed link (the page's own parameters do)
_NOT_IN_LINK = {EMBED_PARAM, "present"}

EMBED_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], header[data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stDecoration"], [data-testid="stStatusWidget"] { display: none !important; }
.block-container { padding: 0.5rem 1rem 0.5rem 1rem !important; max-width: 100% !important; }
h1 { font-size: 1.4rem !important; padding-top: 0 !important; }
.atlas-embed-source { font-size: 0.78rem; color: #333; margin: 0.2rem 0 0 0; }
</style><span class="atlas-embed-marker"></span>
"""


def apply_embed_mode(view: View) -> None:
    """Hide the chrome in an embed (a marker element keeps the styles in the page, as in presentation mode)."""
    if view.embed:
        st.html(EMBED_CSS)


def view_params(params: Mapping[str, Any]) -> dict[str, str]:
    """The current view's URL parameters without the embed/presentation switches."""
    return {str(k): str(v) for k, v in params.items() if k not in _NOT_IN_LINK and v not in (None, "")}


def page_url(base_url: str | None, page: str, params: Mapping[str, Any], *, embed: bool) -> str:
    """The address of ``page`` with ``params`` (and ``embed=1`` when ``embed``). ``base_url``: the app's address
    as the browser sees it (``st.context.url``, which ends in the current page's path); without one, a path
    relative to the site."""
    root = (base_url or "").split("?")[0].rstrip("/")
    for known in (*EMBEDDABLE, "sektor", "kvalitet", "presentasjon", "data"):
        if root.endswith("/" + known):
            root = root[: -len(known) - 1]
            break
    query = view_params(params)
    if embed:
        query[EMBED_PARAM] = "1"
    text = urlencode(query, safe=",:")
    path = "" if page == DEFAULT_PAGE else page  # Streamlit serves the default page at "/" only
    return f"{root}/{path}" + (f"?{text}" if text else "")


def snippet(url: str, title: str, height: int = DEFAULT_HEIGHT) -> str:
    """The ``<iframe>`` a partner pastes into its page; every attribute escaped."""
    if not isinstance(height, int) or height < 200:
        raise ValueError(f"height must be an integer of at least 200 pixels, got {height!r}")
    esc = html.escape
    return (f'<iframe src="{esc(url, quote=True)}" title="{esc(title, quote=True)}" width="100%" '
            f'height="{height}" style="border:0" loading="lazy" referrerpolicy="no-referrer-when-downgrade">'
            "</iframe>")


def _context_url() -> str | None:
    try:
        return st.context.url
    except Exception:  # no browser session (AppTest, bare mode): a relative link
        return None


def code_box(view: View, page: str, title: str, height: int = DEFAULT_HEIGHT,
             pin: Mapping[str, str] | None = None) -> None:
    """The "copy embed code" box: the iframe snippet of the current view (Streamlit's code block has a copy
    button). ``pin``: parameters written into the link even where they are the default today (e.g. the map layer,
    whose default changes when a register is imported), so the partner's page keeps showing the same thing."""
    if view.quiet:
        return
    url = page_url(_context_url(), page, {**dict(st.query_params), **dict(pin or {})}, embed=True)
    with st.expander(t("embed.heading", view.lang), icon=":material/code:"):
        st.caption(t("embed.help", view.lang))
        st.code(snippet(url, title, height), language=None, wrap_lines=True)  # no highlighter to load


def footer(view: View, page: str, metas: Iterable[Mapping[str, Any] | None], demo: bool = False) -> None:
    """The embed's small source line and link back to the full atlas (opens in a new tab)."""
    lang = view.lang
    full = page_url(_context_url(), page, dict(st.query_params), embed=False)
    line = source_line([m for m in metas if m], lang)
    demo_text = f" <strong>{html.escape(t('embed.demo', lang))}</strong>" if demo else ""
    st.html(f'<p class="atlas-embed-source">{html.escape(line)}{demo_text} · '
            f'<a href="{html.escape(full, quote=True)}" target="_blank" rel="noopener">'
            f'{html.escape(t("embed.full_atlas", lang))}</a></p>')
