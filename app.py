"""Frivillighetsatlas: the Streamlit entry point (``streamlit run app.py``), an ``st.navigation`` router.

The sidebar holds the controls every page shares (country, language, presentation mode); each is kept in the URL
so a link reopens the same view. Pages live in ``app_pages/`` and stay thin: widgets, layout, calls into ``ui``
and ``analytics``.

The sidebar is drawn after the page: the page's own content (the overview's map above all) reaches the browser
first, and on the first visit of a session the overview sends only its map and lets the sidebar follow with the
rest of the page (``ui/firstpaint.py``). Pages end early with ``ui.chrome.stop_page()``, never ``st.stop()``, so
the sidebar is still drawn.

Editing is for editors only (``ui/rights.py``): in this process a store without an editor's signature refuses to
write, so a page that forgot the rights check fails closed.

Why ``app_pages/`` and not ``pages/``: Streamlit treats a ``pages/`` folder beside the entry script as its legacy
multipage mode until ``st.navigation`` has run once, so the first visit to a page URL on a fresh server ran that page
without this router (no sidebar controls, no presentation mode).
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from app_pages import PAGES
from base.errors import AtlasError
from base.i18n import t
from ui.chrome import MapFirstStop, PageStop, apply_present_mode, show_error, sidebar_controls
from ui.embed import EMBEDDABLE, apply_embed_mode
from ui.rights import serving_the_app
from ui.state import current_view

FAVICON = Path(__file__).resolve().parent / "static" / "favicon.png"  # local: a material icon loads from Google
st.set_page_config(page_title="Frivillighetsatlas", page_icon=str(FAVICON), layout="wide")
serving_the_app()  # this process serves the app: a store without an editor's signature cannot write

view = current_view()  # from the URL; the sidebar's pickers change the URL before the rerun
# An embed (?embed=1) registers only the read-only pages: the others (imports, table edits) cannot be opened in it.
shown = [p for p in PAGES if not view.embed or p[2] in EMBEDDABLE]
pages = [st.Page(path, title=t(key, view.lang), url_path=url, icon=icon, default=(i == 0))
         for i, (path, key, url, icon) in enumerate(shown)]
nav = st.navigation(pages, position="hidden" if view.present or view.embed else "sidebar")
if view.embed:
    apply_embed_mode(view)
else:
    apply_present_mode(view)
map_first = False
try:
    nav.run()
except MapFirstStop:  # first visit: the sidebar follows with the rest of the page (ui/firstpaint.py)
    map_first = True
except PageStop:  # the page ended early on purpose (first-run screen, damaged register)
    pass
except AtlasError as err:  # e.g. a register file damaged on disk: a plain message, never a traceback
    show_error(err, view.lang)
if not map_first and not view.embed:
    sidebar_controls()
