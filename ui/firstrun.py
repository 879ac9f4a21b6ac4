"""The first-run screen: an empty store explains how to fetch, and fetches with a progress bar on request (editors
only: the fetch writes through :func:`ui.rights.editor_store`; a visitor is told that an editor must fetch first)."""

from __future__ import annotations

import os

import streamlit as st

from base.errors import AtlasError
from base.i18n import fmt_num, render, t
from ui.chrome import show_error, stop_page
from ui.data import store
from ui.rights import current_editor, editor_store
from ui.state import View


def first_run(view: View) -> None:
    st.title(t("firstrun.title", view.lang))
    editor = current_editor() if not view.embed else None  # an embed never writes, whoever the viewer is
    if editor is None:  # no fetch button, no server paths
        st.info(t("access.firstrun_visitor", view.lang))
        return
    st.write(t("firstrun.body", view.lang, country=t(f"country.{view.country}", view.lang), code=view.country,
               publishers=t(f"firstrun.publishers.{view.country}", view.lang)))
    source_dir = os.environ.get("FRIVILLIG_SOURCE_DIR")
    st.caption(t("firstrun.source_dir", view.lang, path=source_dir) if source_dir else t("firstrun.online", view.lang))
    if st.button(t("firstrun.button", view.lang), type="primary"):
        from registers.fetch import fetch_country

        bar = st.progress(0.0, text=t("firstrun.working", view.lang))
        steps = {"n": 0}

        def progress(label: str, done: int, total: int | None) -> None:
            frac = min(1.0, done / total) if total else 0.0
            bar.progress(frac, text=t("firstrun.progress", view.lang, what=render(label, view.lang),
                                      mb=fmt_num(done / 1e6, 1, view.lang)))

        def log(msg: str) -> None:
            steps["n"] += 1
            bar.progress(min(0.95, steps["n"] / 8), text=render(msg, view.lang))

        try:
            notes = fetch_country(editor_store(editor), view.country, source_dir, progress, log)
        except AtlasError as err:
            show_error(err, view.lang)
            return
        bar.progress(1.0, text=t("firstrun.done", view.lang, n=len(store().read_frame(view.country,
                                                                                       "municipalities"))))
        for n in notes:
            st.info(render(n, view.lang))
        st.rerun()


def require_base(view: View):  # noqa: ANN201 - returns ui.data.Base
    """The base registers of the view's country; on an empty store, the first-run screen instead (the page stops)."""
    from ui.data import has_base, load_base

    if not has_base(view.country):
        first_run(view)
        stop_page()
    return load_base(view.country)


def require_policy_register(view: View):  # noqa: ANN201 - (register DataFrame, metadata)
    """The policy register in use (or the DEMO register); when its stored file is damaged, a plain message
    naming the last good version instead (the page stops)."""
    from ui.data import policy_register

    try:
        return policy_register(view.country)
    except AtlasError as err:
        show_error(err, view.lang)
        stop_page()
