"""Page chrome shared by every page: sidebar controls (country, language, presentation mode), the DEMO banner,
the provenance footer (source, licence, retrieval date of every dataset shown) and plain error display."""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any, NoReturn

import streamlit as st
from streamlit.runtime.scriptrunner_utils.exceptions import StopException

from base.errors import AtlasError
from base.i18n import LANGS, fmt_date, t
from ui.state import COUNTRY_DEFAULT_LANG, View, current_view, set_param, url_selectbox

LANG_NAMES = {"nb": "Norsk bokmål", "en": "English", "da": "Dansk"}
COUNTRY_KEYS = {"no": "country.no", "dk": "country.dk"}

# High-contrast presentation styling: large type, no sidebar or toolbar, map as large as the screen allows.
PRESENT_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], header[data-testid="stHeader"],
[data-testid="stToolbar"], .atlas-hide-in-present { display: none !important; }
.block-container { padding-top: 1rem !important; max-width: 100% !important; }
html, body, [data-testid="stAppViewContainer"] { font-size: 22px !important; }
h1 { font-size: 2.6rem !important; } h2 { font-size: 2rem !important; }
[data-testid="stMetricValue"] { font-size: 3rem !important; color: #000 !important; }
[data-testid="stMetricLabel"] p { font-size: 1.3rem !important; color: #000 !important; white-space: normal; }
[data-testid="stMetricLabel"] div { overflow: visible !important; white-space: normal !important; }
[data-testid="stAppViewContainer"] { background: #fff !important; color: #000 !important; }
</style><span class="atlas-present-marker"></span>
"""


class PageStop(StopException):
    """Ends a page early (first-run screen, a damaged register, a map-first run).

    Unlike ``st.stop()``, which stops the whole script run, the router in ``app.py`` catches this and still draws
    the sidebar after the page. A page run on its own (tests) stops as with ``st.stop()``: Streamlit's script
    runner treats this as its own stop signal.
    """


def stop_page() -> NoReturn:
    raise PageStop()


class MapFirstStop(PageStop):
    """A map-first run ended after its map (``ui/firstpaint.py``): the router leaves out the sidebar, which follows
    with the rest of the page."""


def sidebar_controls() -> View:
    """Country and language pickers (bound to ``land`` and ``lang`` in the URL) and the presentation toggle."""
    view = current_view()
    with st.sidebar:
        url_selectbox(t("nav.country", view.lang), ["no", "dk"], "land",
                      format_func=lambda c: t(COUNTRY_KEYS[c], view.lang))
        view = current_view()
        url_selectbox(t("nav.language", view.lang), list(LANGS), "lang", format_func=lambda code: LANG_NAMES[code],
                      default=COUNTRY_DEFAULT_LANG[view.country])
        view = current_view()
        st.toggle(t("nav.present", view.lang), value=view.present, key="_present_toggle",
                  on_change=_toggle_present, help=t("nav.present_help", view.lang))
    return current_view()


def _toggle_present() -> None:
    set_param("present", "1" if st.session_state.get("_present_toggle") else None)


def apply_present_mode(view: View) -> None:
    """In presentation mode hide the chrome and offer one discreet way out."""
    if view.present:
        # Not style-only: Streamlit sends style-only HTML to an event container, which the page run replaces;
        # with a marker element the styles stay in the page for as long as it is shown.
        st.html(PRESENT_CSS)
        if st.button(t("nav.present_exit", view.lang), key="_present_exit", type="tertiary"):
            set_param("present", None)
            st.rerun()


def demo_banner(lang: str, what: str) -> None:
    """The DEMO label: shown wherever synthetic data is on screen."""
    st.warning(t("demo.banner", lang, what=what), icon="⚠️")


def show_error(err: AtlasError, lang: str) -> None:
    st.error(f"{t('error.prefix', lang)} {err.render(lang)}")


def provenance_footer(metas: Iterable[dict[str, Any] | None], lang: str) -> None:
    """Source, licence and retrieval date of every dataset on the page, in one place at the bottom."""
    rows = []
    seen = set()
    for m in metas:
        if not m:
            continue
        key = (m.get("title"), m.get("publisher"))
        if key in seen:
            continue
        seen.add(key)
        retrieved = fmt_date(str(m.get("retrieved") or m.get("written") or "")[:10], lang)
        demo = " <strong>DEMO</strong>" if m.get("demo") else ""
        url = str(m.get("url") or "")
        link = (f' (<a href="{html.escape(url)}" rel="noopener noreferrer" target="_blank">{t("prov.link", lang)}</a>)'
                if url.startswith(("http://", "https://")) else "")
        rows.append(f"<li>{html.escape(str(m.get('publisher', '')))}: {html.escape(str(m.get('title', '')))}{link}"
                    f" · {t('prov.licence', lang)} {html.escape(str(m.get('licence', '')))}"
                    f" · {t('prov.retrieved', lang)} {html.escape(retrieved)}"
                    f" · {t('prov.vintage', lang)} {html.escape(str(m.get('code_vintage', '')))}{demo}</li>")
    if rows:
        st.html(f"<div class='atlas-prov' style='font-size:0.8rem;color:#333'><strong>{t('prov.heading', lang)}"
                f"</strong><ul style='margin:0.2rem 0 0 1rem;padding:0'>{''.join(rows)}</ul></div>")
