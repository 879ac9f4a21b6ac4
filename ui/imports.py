"""Imports on the Data page: upload -> validation report (nothing written yet) -> confirm -> new version.

The page uses exactly the functions the command line uses (``registers.policies.import_policies`` etc.), so a
file is judged the same way everywhere. The uploaded file's name is shown and recorded, never used as a path.

Only editors see these sections, and they write only through the store :func:`ui.rights.editor_store` gives for the
:class:`~ui.rights.Editor` passed in (a visitor's store refuses every write; see ``registers/store.py``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pandas as pd
import streamlit as st

from base.errors import AtlasError
from base.i18n import Msg, render, t
from registers import organisations as orgs
from registers import policies, quality
from ui.chrome import show_error
from ui.data import store
from ui.rights import Editor, editor_store
from ui.state import View

MAX_UPLOAD_MB = 20  # also enforced by .streamlit/config.toml (server.maxUploadSize); advisers' files are < 1 MB


@dataclass(frozen=True)
class Importer:
    """One register's import on the Data page: ``preview(data, name, index, country)`` validates and writes
    nothing; ``commit(store, data, name, country, index)`` writes a new version through an editor's store. Both
    call exactly what ``python -m analytics import …`` calls, so a file is judged the same way everywhere."""

    register: str
    types: tuple[str, ...]
    preview_fn: Callable[..., tuple[pd.DataFrame, Any]]
    import_fn: Callable[..., Any]
    countries: tuple[str, ...] = ("no", "dk")

    def preview(self, data: bytes, name: str, index: Any, country: str) -> tuple[pd.DataFrame, Any]:
        if country not in self.countries:  # Brønnøysund's register exists for Norway only
            raise AtlasError(Msg("org.err.norway_only"))
        return self.preview_fn(data, name, index, country)

    def commit(self, target: Any, data: bytes, name: str, country: str, index: Any) -> Any:
        """Write through ``target``: the store :func:`ui.rights.editor_store` gave for the session's editor."""
        return self.import_fn(target, data, name, country, index=index)


TABLE_TYPES = ("csv", "xlsx", "txt", "tsv")


def importers() -> list[Importer]:
    """The Data page's importers, one per register."""
    return [Importer("policies", TABLE_TYPES, policies.preview_policies, policies.import_policies),
            Importer("quality", TABLE_TYPES, quality.preview_quality, quality.import_quality),
            Importer("organisations", ("json", "gz", "csv"), orgs.preview_organisations, orgs.import_organisations,
                     countries=("no",))]


REGISTERS = ("policies", "quality", "organisations")


@st.cache_resource(show_spinner=False, max_entries=4)
def _index(root: str, country: str, sha: str) -> Any:
    from registers.municipalities import MunicipalityIndex
    from registers.store import Store

    return MunicipalityIndex.from_store(Store(root), country)


def municipality_index(country: str) -> Any:
    s = store()
    return _index(str(s.root), country, (s.read_meta(country, "municipalities") or {}).get("sha256", ""))


def report_frame(problems: list[Any], lang: str) -> pd.DataFrame:
    """One row per problem (errors first), headers and messages in ``lang``, for a table on the Data page."""
    cols = [t(f"policy.report.col.{c}", lang) for c in ("severity", "row", "column", "value", "message")]
    ordered = [p for p in problems if p.severity == "error"] + [p for p in problems if p.severity != "error"]
    rows = [[t(f"err.severity.{p.severity}", lang), p.row, p.column, p.value, p.text(lang)] for p in ordered]
    return pd.DataFrame(rows, columns=cols)


def _report(report: Any, lang: str) -> None:
    st.write(render(report.summary(), lang))
    frame = report_frame(list(report.errors) + list(report.warnings), lang)
    if len(frame):
        st.dataframe(frame, hide_index=True, width="stretch")


def import_section(view: View, editor: Editor) -> None:
    lang = view.lang
    st.header(t("import.heading", lang))
    available = importers()
    labels = {imp.register: t(f"data.register.{imp.register}", lang) for imp in available}
    choice = st.radio(t("import.which", lang), [i.register for i in available], format_func=labels.get,
                      horizontal=True, key="import_which")
    imp = next(i for i in available if i.register == choice)
    st.caption(t(f"import.help.{imp.register}", lang, mb=MAX_UPLOAD_MB))
    upload = st.file_uploader(t("import.file", lang), type=list(imp.types), key=f"upload_{imp.register}")
    if upload is None:
        return
    data = upload.getvalue()
    name = upload.name  # shown and recorded only; never used as a path
    if len(data) > MAX_UPLOAD_MB * 1024 * 1024:
        st.error(t("import.too_big", lang, mb=MAX_UPLOAD_MB))
        return
    index = municipality_index(view.country)
    try:
        register, report = imp.preview(data, name, index, view.country)
    except AtlasError as err:
        show_error(err, lang)
        return
    st.subheader(t("import.report", lang))
    _report(report, lang)
    if not report.ok:
        st.error(t("import.refused", lang))
        return
    st.dataframe(register.head(400), hide_index=True, width="stretch")
    digest = hashlib.sha256(data).hexdigest()[:16]
    if st.button(t("import.confirm", lang), type="primary", key=f"confirm_{imp.register}_{digest}"):
        try:
            result = imp.commit(editor_store(editor), data, name, view.country, index)
        except AtlasError as err:
            show_error(err, lang)
            return
        version = (getattr(result, "meta", None) or {}).get("version", "")
        st.success(t("import.done", lang, version=version))


def editor_section(view: View, editor: Editor) -> None:
    """Edit the policy register in a table; the edits are validated exactly like an imported file (same report,
    same refusals) and saved as a new version, signed by ``editor``, only when they pass."""
    from registers import policies

    lang = view.lang
    try:
        current = store().read_current(view.country, "policies")
    except AtlasError:  # a damaged register: the versions section below reports it and offers a restore
        return
    with st.expander(t("edit.heading", lang)):
        if current is None:
            st.caption(t("edit.none", lang))
            return
        register, meta = current
        st.caption(t("edit.help", lang, version=meta.get("version", "")))
        shown = register.drop(columns=[c for c in ("source_row", "source_name", "demo") if c in register.columns])
        edited = st.data_editor(shown, num_rows="dynamic", hide_index=True, key=f"editor_{meta.get('version')}",
                                width="stretch")
        index = municipality_index(view.country)
        if st.button(t("edit.check", lang), key="edit_check"):
            _, report = policies.validate_policy_edits(edited, index, view.country)
            _report(report, lang)
            if report.ok:
                try:
                    result = policies.save_policy_edits(editor_store(editor), edited, view.country,
                                                        based_on=meta.get("version"), index=index)
                except AtlasError as err:
                    show_error(err, lang)
                    return
                st.success(t("import.done", lang, version=result.meta.get("version", "")))
            else:
                st.error(t("import.refused", lang))
