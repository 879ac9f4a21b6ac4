"""Data: every dataset's provenance and integrity, the versioned registers (list, restore) and imports.

Visitors see it read-only (provenance, integrity, the version list with who signed each version); imports, the table
editor, restore and the data directory are shown to editors only (``ui/rights.py``), and every write goes through the
editor's own store, which signs it."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from base.errors import AtlasError
from base.i18n import fmt_int, t
from ui import imports
from ui.chrome import provenance_footer, show_error
from ui.data import store
from ui.firstrun import require_base
from ui.rights import access_panel, current_editor, editor_store, public_origin, public_problem
from ui.state import current_view

view = current_view()
lang = view.lang
st.title(t("page.data", lang))
s = store()

editor = current_editor()
access_panel(editor, lang)
require_base(view)

# ---------------------------------------------------------------- imports (upload -> report -> confirm): editors only
if editor is not None:
    imports.import_section(view, editor)
    imports.editor_section(view, editor)

# ---------------------------------------------------------------- versioned registers
st.header(t("data.versions", lang))
for register in imports.REGISTERS:
    try:
        versions = s.list_versions(view.country, register)
    except AtlasError as err:
        show_error(err, lang)
        continue
    if not versions:
        continue
    st.subheader(t(f"data.register.{register}", lang))
    table = pd.DataFrame([{
        t("data.col.version", lang): v.get("version"),
        t("data.col.current", lang): "✔" if v.get("current") else "",
        t("data.col.file", lang): v.get("file_name") or v.get("source") or "",
        t("data.col.rows", lang): v.get("rows"),
        t("data.col.imported", lang): str(v.get("written", ""))[:19].replace("T", " "),
        t("data.col.signed_by", lang): v.get("signed_by") or t("data.unsigned", lang),
        t("data.col.sha", lang): str(v.get("source_sha256") or v.get("sha256", ""))[:12],
        t("data.col.ok", lang): "✔" if v.get("ok") else t("data.damaged", lang),
    } for v in reversed(versions)])
    st.dataframe(table, hide_index=True, width="stretch")
    try:
        pointer = s.current_pointer(view.country, register)
    except AtlasError:  # a damaged pointer is reported under integrity below
        pointer = None
    if pointer:
        st.caption(t("data.current_by", lang, version=pointer.get("version", ""),
                     since=str(pointer.get("since", ""))[:19].replace("T", " "),
                     who=pointer.get("signed_by") or t("data.unsigned", lang)))
    restorable = [v["version"] for v in versions if v.get("ok") and not v.get("current")]
    if restorable and editor is not None:
        c1, c2 = st.columns([2, 1])
        choice = c1.selectbox(t("data.restore_pick", lang), list(reversed(restorable)), key=f"restore_{register}")
        if c2.button(t("data.restore", lang), key=f"restore_btn_{register}"):
            try:
                target = editor_store(editor)
                with target.lock(what="gjenopprettingen"):
                    target.restore_version(view.country, register, choice)
            except AtlasError as err:
                show_error(err, lang)
            else:
                st.success(t("data.restored", lang, version=choice))
                st.rerun()

# ---------------------------------------------------------------- datasets and integrity
st.header(t("data.datasets", lang))
metas = s.datasets(view.country)
problems = s.check(view.country)
if problems:
    shown = problems if editor is not None else [public_problem(p) for p in problems]
    st.error(t("data.integrity_bad", lang) + "\n\n" + "\n".join(f"- {p.render(lang)}" for p in shown))
else:
    st.success(t("data.integrity_ok", lang))
st.dataframe(pd.DataFrame([{
    t("data.col.dataset", lang): m["dataset"],
    t("data.col.publisher", lang): m.get("publisher"),
    t("data.col.title", lang): m.get("title"),
    t("data.col.licence", lang): m.get("licence"),
    t("data.col.retrieved", lang): str(m.get("retrieved", ""))[:10],
    t("data.col.vintage", lang): m.get("code_vintage"),
    t("data.col.rows", lang): fmt_int(m.get("rows"), lang),
    t("data.col.origin", lang): m.get("origin", "") if editor is not None else public_origin(m.get("origin")),
    t("data.col.sha", lang): str(m.get("sha256", ""))[:12],
    t("data.col.signed_by", lang): m.get("signed_by") or t("data.unsigned", lang),
} for m in metas]), hide_index=True, width="stretch")
if editor is not None:
    st.caption(t("data.store_path", lang, path=str(s.root)))
provenance_footer(metas, lang)
