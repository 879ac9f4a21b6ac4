"""The page scripts (thin: widgets, layout, calls into ``ui`` and ``analytics``). Not ``pages/``: a ``pages/``
folder beside ``app.py`` puts Streamlit in its legacy multipage mode until ``st.navigation`` first runs.

``PAGES`` is the one list of pages: the router (``app.py``) builds its navigation from it, and the tests that open
every page (XSS, end-to-end) take their page lists from it, so a page added, renamed or removed here cannot drop out
of them. Each entry: (script path relative to the repository, title key in the catalogue, URL path, icon); the
first is the default page.
"""

from __future__ import annotations

PAGES: list[tuple[str, str, str, str]] = [
    ("app_pages/oversikt.py", "page.overview", "oversikt", ":material/map:"),
    ("app_pages/kommuneprofil.py", "page.profile", "kommuneprofil", ":material/location_city:"),
    ("app_pages/sammenlign.py", "page.compare", "sammenlign", ":material/compare_arrows:"),
    ("app_pages/landene.py", "page.countries", "norge-danmark", ":material/public:"),
    ("app_pages/sektor.py", "page.sector", "sektor", ":material/groups:"),
    ("app_pages/kvalitet.py", "page.quality", "kvalitet", ":material/checklist:"),
    ("app_pages/presentasjon.py", "page.pack", "presentasjon", ":material/slideshow:"),
    ("app_pages/data.py", "page.data", "data", ":material/database:"),
]


def page_urls() -> list[str]:
    """The URL path of every page, in the router's order."""
    return [url for _path, _key, url, _icon in PAGES]
