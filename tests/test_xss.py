"""HTML or script in any outside text stays inert wherever it is shown, and only http(s) links are clickable.

Pure HTML builders (map document, provenance footer, quality checklist) are checked directly; then every page
runs (Streamlit AppTest) on a store whose municipality and county names, file names, checklist notes and links,
organisation names and provenance are hostile (``tests/hostile_store.py``), and every piece of HTML the pages send
(``st.html`` bodies, map iframes' ``srcdoc``, markdown allowed to carry HTML) is parsed and checked.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from tests import hostile_store as hs
from tests.conftest import ROOT
from ui.firstpaint import PAINTED_KEY

PAGES = [p for p in ("oversikt", "kommuneprofil", "sektor", "kvalitet", "presentasjon", "data")
         if (ROOT / "app_pages" / f"{p}.py").exists()]
SAFE_SCHEMES = ("http://", "https://")
URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcdoc"}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._in_script: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = dict(attrs)
            self.scripts.append((self._in_script, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = None

    def handle_data(self, data: str) -> None:
        if self._in_script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)


def assert_inert(doc: str, where: str) -> _Tags:
    """``doc`` (HTML) contains no hostile markup: no raw marker, no event-handler attribute, no link or source
    with a scheme other than http(s) (relative and data:image URLs for the atlas's own files are allowed), and
    no script that is not the atlas's own (JSON data blocks may not contain ``<``)."""
    for marker in hs.RAW_MARKERS:
        assert marker not in doc, f"{where}: raw {marker!r} in the HTML"
    parsed = _Tags()
    parsed.feed(doc)
    for tag, attrs in parsed.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), f"{where}: <{tag} {name}=…> event handler"
            if name in URL_ATTRS and value:
                v = value.strip().lower()
                if tag == "a" and name == "href":
                    assert v.startswith(SAFE_SCHEMES) or v.startswith("#"), f"{where}: link to {value!r}"
                else:
                    assert ":" not in v.split("/")[0] or v.startswith(SAFE_SCHEMES + ("data:image/",)), \
                        f"{where}: <{tag} {name}={value!r}>"
        assert tag not in ("iframe", "object", "embed", "base", "form", "meta") or tag == "meta" and \
            set(attrs) <= {"charset", "name", "content"}, f"{where}: unexpected <{tag}>"
    for attrs, text in parsed.scripts:
        if attrs.get("type") == "application/json":
            assert "<" not in text, f"{where}: '<' inside a JSON data block"
            json.loads(text)
        else:
            assert attrs.get("src") or "alert(" not in text, f"{where}: hostile text inside a script"
    return parsed


# ---------------------------------------------------------------------------------------------------- builders
def test_map_document_keeps_hostile_names_titles_and_legends_inert():
    from ui import leafmap

    fc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"kommunenummer": "0301", "kommunenavn": hs.HOSTILE_NAME},
         "geometry": {"type": "Polygon", "coordinates": [[[10, 59], [11, 59], [11, 60], [10, 59]]]}},
        {"type": "Feature", "properties": {"kommunenummer": "</script><script>alert(5)</script>",
                                           "kommunenavn": hs.SCRIPT},
         "geometry": {"type": "Polygon", "coordinates": [[[11, 59], [12, 59], [12, 60], [11, 59]]]}}]}
    doc = leafmap.choropleth_html(
        fc, {"0301": leafmap.Style("#117733", f"Vedtatt {hs.IMG}")}, legend=[("#117733", hs.SCRIPT)],
        title=f"Kart {hs.IMG}", attribution=hs.IMG, highlight={"0301"}, highlight_label=hs.IMG,
        outline_label=hs.SCRIPT, static_base="/app/static")
    parsed = assert_inert(doc, "choropleth_html")
    data = [json.loads(t) for a, t in parsed.scripts if a.get("type") == "application/json"]
    assert hs.HOSTILE_NAME in json.dumps(data, ensure_ascii=False)  # still there - as data for textContent


def test_provenance_footer_escapes_every_field_and_links_only_http():
    from streamlit.testing.v1 import AppTest

    def app() -> None:
        from tests import hostile_store as hs
        from ui.chrome import provenance_footer

        provenance_footer([
            {"publisher": hs.SCRIPT, "title": hs.IMG, "url": hs.JS, "licence": hs.IMG, "retrieved": hs.IMG,
             "code_vintage": hs.SCRIPT},
            {"publisher": "p", "title": "t", "url": "https://example.org/\"onmouseover=alert(1)", "licence": "l",
             "retrieved": "2026", "code_vintage": "2024"},
            {"publisher": "p2", "title": "t2", "url": " JavaScript:alert(1)", "licence": "l", "retrieved": "2026",
             "code_vintage": "2024"}], "nb")

    at = AppTest.from_function(app)
    at.run()
    assert not at.exception
    bodies = [e.proto.body for e in _elements(at) if getattr(e, "type", "") == "html"]
    assert bodies
    for body in bodies:
        parsed = assert_inert(body, "provenance_footer")
        assert [a["href"] for t, a in parsed.tags if t == "a"] == ["https://example.org/\"onmouseover=alert(1)"]


def test_quality_checklist_html_escapes_notes_and_links_only_http():
    from ui import quality_view

    profile = {"kommunenummer": "0301", "kommunenavn": hs.HOSTILE_NAME,
               "bud": [{"number": n, "met": n % 2 == 0, "source": s} for n, s in
                       enumerate([hs.IMG, hs.JS, f"https://example.org/{hs.IMG}", hs.MD_LINK,
                                  f"{hs.SCRIPT} · {hs.JS} · https://example.org/a", None, "", hs.IMG, hs.IMG,
                                  hs.SCRIPT], start=1)],
               "structures": [], "steps": [], "source": f"{hs.IMG} · {hs.JS}",
               "counts": {"bud_met": 5, "bud_not_met": 5, "bud_unknown": 0, "structures_present": 0, "steps_done": 0,
                          "steps_not_done": 0, "steps_unknown": 0, "steps_total": 0},
               "comment": f"{hs.IMG}{hs.SCRIPT}", "demo": False}
    for country in ("no", "dk"):
        doc = quality_view.checklist_html(profile, country, "nb")
        parsed = assert_inert(doc, "checklist_html")
        assert all(a["href"].startswith(SAFE_SCHEMES) for t, a in parsed.tags if t == "a")


# ---------------------------------------------------------------------------------------------------- pages
def _elements(at: Any) -> list[Any]:
    out: list[Any] = []

    def walk(node: Any) -> None:
        children = getattr(node, "children", None)
        if isinstance(children, dict):
            for child in children.values():
                out.append(child)
                walk(child)

    walk(at._tree)
    return out


def html_sent(at: Any) -> list[tuple[str, str]]:
    """(kind, HTML) for every element whose content the browser parses as HTML."""
    out = []
    for e in _elements(at):
        kind = getattr(e, "type", "")
        proto = getattr(e, "proto", None)
        if kind == "html":
            out.append(("st.html", proto.body))
        elif kind == "iframe":
            out.append(("iframe", proto.srcdoc))
        elif proto is not None and getattr(proto, "allow_html", False):
            out.append((kind, proto.body))
    return out


@pytest.fixture(scope="module")
def hostile_root(no_store_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return hs.build(no_store_dir, tmp_path_factory.mktemp("hostile") / "store")


@pytest.mark.parametrize("query", [{}, {"lang": "en"}, {"present": "1"}])
@pytest.mark.parametrize("page", PAGES)
def test_every_page_shows_hostile_text_inert(hostile_root: Path, monkeypatch: pytest.MonkeyPatch, page: str,
                                             query: dict[str, str]):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("FRIVILLIG_DATA_DIR", str(hostile_root))
    at = AppTest.from_file(str(ROOT / "app_pages" / f"{page}.py"), default_timeout=120)
    at.session_state[PAINTED_KEY] = True
    for k, v in {"kommune": "0301", **query}.items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    sent = html_sent(at)
    for kind, doc in sent:
        assert_inert(doc, f"{page} {kind}")
    if page in ("oversikt", "kommuneprofil"):
        # The map is a component whose texts travel as JSON data and are written with textContent
        # (tests/test_leafmap.py checks its scripts have no HTML sink).
        maps = [e for e in at.get("bidi_component") if e.proto.component_name == "atlas_map"]
        assert maps, "no map on the page"
        assert all(json.loads(m.proto.json)["d"]["legend"] for m in maps)
    if page == "kommuneprofil" and not query:
        assert hs.HOSTILE_NAME in [t.value for t in at.title], "the name should be shown - as text"
