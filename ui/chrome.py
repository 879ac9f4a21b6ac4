"""Page chrome shared by every page: sidebar controls (country, language, presentation mode), the DEMO banner,
the provenance footer (source, licence, retrieval date of every dataset shown) and plain error display."""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any, NoReturn

import pandas as pd
import streamlit as st
from streamlit.runtime.scriptrunner_utils.exceptions import StopException

from base.errors import AtlasError
from base.i18n import LANGS, fmt_date, t
from ui.state import COUNTRY_DEFAULT_LANG, View, current_url, current_view, set_param, url_selectbox

LANG_NAMES = {"nb": "Norsk bokmål", "en": "English", "da": "Dansk"}
COUNTRY_KEYS = {"no": "country.no", "dk": "country.dk"}

# High-contrast presentation styling: large type, no sidebar or toolbar, map as large as the screen allows.
# The overview puts its map in a container keyed PRESENT_MAP_KEY (class ``st-key-…``): that map takes the
# viewport's height (minus the page's own top and bottom padding), whatever the projector's size, and its
# headline figures sit beside it (app_pages/oversikt.py). The map component lives in a shadow root the page's
# styles do not reach: the container sets ``--atlas-frame-height``, which the component's frame takes as its
# height (static/atlas-component.js), and its element (key MAP_ELEMENT_KEY, ui/leafmap.py render's default)
# gets the same height (and flex basis) instead of the fixed ones Streamlit gives it. Leaflet refits the country
# on a resize.
# Key figures wrap instead of ending in "…" and shrink with the screen's width; the DEMO banner is black on
# pale yellow (contrast about 18:1) framed in the DEMO red; the way out is pinned to a corner so
# it takes no line of its own (bottom right: the title is top right).
PRESENT_MAP_KEY = "atlas-present-map"
PRESENT_MAP_GAP_PX = 24  # the page's padding above and below the map
PRESENT_MAP_HEIGHT = 700  # the frame's height before the stylesheet applies (and in AppTest); CSS sets the real one
MAP_ELEMENT_KEY = "atlas_map"  # ui/leafmap.py render's default key: its element is classed st-key-atlas_map
PRESENT_CSS = f"""
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], header[data-testid="stHeader"],
[data-testid="stToolbar"], .atlas-hide-in-present {{ display: none !important; }}
.block-container, [data-testid="stMainBlockContainer"] {{ padding: 12px 1rem 2rem !important;
  max-width: 100% !important; }}
html, body, [data-testid="stAppViewContainer"] {{ font-size: 22px !important; }}
h1 {{ font-size: 2.6rem !important; }} h2 {{ font-size: 2rem !important; }}
.st-key-{PRESENT_MAP_KEY} {{ --atlas-frame-height: calc(100vh - {PRESENT_MAP_GAP_PX}px); }}
.st-key-{PRESENT_MAP_KEY} .st-key-{MAP_ELEMENT_KEY} {{ height: var(--atlas-frame-height) !important;
  flex: 0 0 var(--atlas-frame-height) !important; }}
.st-key-atlas-present-side h1 {{ font-size: clamp(1.4rem, 2.6vw, 2.6rem) !important; padding-top: 0 !important; }}
[data-testid="stMetricValue"] {{ font-size: clamp(1.5rem, 3.2vw, 3.2rem) !important; color: #000 !important; }}
[data-testid="stMetricValue"] div, [data-testid="stMetricValue"] p {{ white-space: normal !important;
  overflow: visible !important; text-overflow: clip !important; overflow-wrap: anywhere; line-height: 1.15; }}
[data-testid="stMetricLabel"] p {{ font-size: 1.1rem !important; color: #000 !important; white-space: normal; }}
[data-testid="stMetricLabel"] div {{ overflow: visible !important; white-space: normal !important; }}
[data-testid="stAppViewContainer"] {{ background: #fff !important; color: #000 !important; }}
[data-testid="stAlertContainer"] {{ background: #fff4c2 !important; color: #000 !important;
  border: 3px solid #b00020; }}
[data-testid="stAlertContainer"] * {{ color: #000 !important; }}
.st-key-atlas-present-side [data-testid="stAlertContainer"] p {{ font-size: 0.8rem; }}
[data-testid="stTable"] table {{ font-size: 1rem; }}
[data-testid="stElementContainer"]:has(.atlas-present-marker),
[data-testid="stElementContainer"]:has(.atlas-print-marker) {{ display: none !important; }}
.st-key-_present_exit {{ position: fixed !important; bottom: 8px; right: 14px; z-index: 999990;
  width: auto !important; }}
.st-key-_present_exit button {{ background: #fff; border: 1px solid #555; padding: 0 10px; }}
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
        with st.popover(t("nav.copy_link", view.lang), icon=":material/link:"):
            # the view's whole state is in the URL (filters, municipality, twin weights, sort order, mode);
            # st.code has a copy button and shows the address as text, escaped
            st.caption(t("nav.copy_link_help", view.lang))
            st.code(current_url(), language=None, wrap_lines=True)
    return current_view()


def _toggle_present() -> None:
    set_param("present", "1" if st.session_state.get("_present_toggle") else None)


# Printing (any mode): no sidebar, toolbar, download boxes or widgets; content the width of the paper; tables in a
# size that fits A4 portrait; maps and pictures kept whole on a page.
PRINT_CSS = """
<style>
[data-testid="stElementContainer"]:has(.atlas-print-marker) { display: none !important; }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  [data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], header[data-testid="stHeader"],
  [data-testid="stToolbar"], [data-testid="stExpander"], [data-testid="stDownloadButton"],
  [data-testid="stPopover"], .st-key-_present_exit, [data-testid="stStatusWidget"] { display: none !important; }
  .block-container, [data-testid="stMainBlockContainer"] { padding: 0 !important; max-width: 100% !important; }
  [data-testid="stAppViewContainer"], [data-testid="stMain"] { overflow: visible !important; }
  html, body { font-size: 11pt !important; background: #fff !important; }
  [data-testid="stTable"] table { font-size: 9pt; width: 100%; table-layout: auto; }
  [data-testid="stTable"] td, [data-testid="stTable"] th { padding: 2px 4px !important; white-space: normal; }
  [data-testid="stDataFrame"], [data-testid="stTable"], iframe, .stBidiComponent, img, [data-testid="stMetric"] {
    break-inside: avoid; max-width: 100% !important; }
  .st-key-atlas-present-map { --atlas-frame-height: 170mm !important; }
  [data-testid="stAlertContainer"] { border: 2px solid #b00020; color: #000 !important; }
}
</style><span class="atlas-print-marker"></span>
"""


def apply_present_mode(view: View) -> None:
    """The print stylesheet on every page; in presentation mode also hide the chrome and offer one discreet way
    out."""
    st.html(PRINT_CSS)  # its element is hidden by a rule in the sheet itself (takes no room, no flex gap)
    if view.present:
        # Not style-only: Streamlit sends style-only HTML to an event container, which the page run replaces;
        # with a marker element the styles stay in the page for as long as it is shown.
        st.html(PRESENT_CSS)
        if st.button(t("nav.present_exit", view.lang), key="_present_exit", type="tertiary"):
            set_param("present", None)
            st.rerun()


def show_table(df: pd.DataFrame, lang: str, present: bool, **grid: Any) -> None:
    """A table as shown on the page: Streamlit's data grid on a desk; on a projector an HTML table in the page's
    large type (the grid draws on a canvas at a fixed small size), numbers formatted for ``lang``, no index."""
    if present:
        from ui.charts import text_table

        st.table(text_table(df, lang).style.hide(axis="index"))
    else:
        st.dataframe(df, hide_index=True, width="stretch", **grid)


def demo_banner(lang: str, what: str) -> None:
    """The DEMO label: shown wherever synthetic data is on screen."""
    st.warning(t("demo.banner", lang, what=what), icon="⚠️")


def show_error(err: AtlasError, lang: str) -> None:
    """A plain message in the reader's language; for a visitor every file is named relative to the data directory
    (no server paths)."""
    from ui.rights import is_editor, public_error

    st.error(f"{t('error.prefix', lang)} {(err if is_editor() else public_error(err)).render(lang)}")


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
