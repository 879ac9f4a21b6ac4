"""Frivillighetsatlas: the Streamlit entry point (``streamlit run app.py``), an ``st.navigation`` router.

The sidebar holds the controls every page shares (country, language, presentation mode); each is kept in the URL
so a link reopens the same view. Pages live in ``pages/`` and stay thin: widgets, layout, calls into ``analytics``.
"""

from __future__ import annotations

import streamlit as st

from analytics.errors import AtlasError
from analytics.i18n import t
from ui.chrome import apply_present_mode, show_error, sidebar_controls

st.set_page_config(page_title="Frivillighetsatlas", page_icon=":material/map:", layout="wide")

view = sidebar_controls()
PAGES = [
    ("pages/oversikt.py", "page.overview", "oversikt", ":material/map:"),
    ("pages/kommuneprofil.py", "page.profile", "kommuneprofil", ":material/location_city:"),
    ("pages/sektor.py", "page.sector", "sektor", ":material/groups:"),
    ("pages/kvalitet.py", "page.quality", "kvalitet", ":material/checklist:"),
    ("pages/presentasjon.py", "page.pack", "presentasjon", ":material/slideshow:"),
    ("pages/data.py", "page.data", "data", ":material/database:"),
]
pages = [st.Page(path, title=t(key, view.lang), url_path=url, icon=icon, default=(i == 0))
         for i, (path, key, url, icon) in enumerate(PAGES)]
nav = st.navigation(pages, position="hidden" if view.present else "sidebar")
apply_present_mode(view)
try:
    nav.run()
except AtlasError as err:  # e.g. a register file damaged on disk: a plain message, never a traceback
    show_error(err, view.lang)
