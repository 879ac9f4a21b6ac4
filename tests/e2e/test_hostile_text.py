"""Hostile text in a real browser: every page of ``streamlit run app.py`` on a store whose municipality and county
names, file names, checklist notes and links, organisation names and provenance carry ``<img src=x
onerror=alert(1)>``, ``<script>``, markdown links and ``javascript:`` URLs (``tests/hostile_store.py``). No dialog may
fire, no element from the hostile text may exist, no link may use ``javascript:``, and the text itself must still
be shown (as text)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import hostile_store as hs
from tests.conftest import MIRROR_NO, ROOT
from tests.e2e.conftest import Visit, running_app

PAGES = [p for p in ("oversikt", "kommuneprofil", "sektor", "kvalitet", "presentasjon", "data")
         if (ROOT / "app_pages" / f"{p}.py").exists()]

HOSTILE_ELEMENTS_JS = """() => {
  let n = 0, scripts = 0, js = 0;
  const visit = (doc) => {
    n += doc.querySelectorAll('img[src="x"], img[onerror]').length;
    scripts += [...doc.querySelectorAll('script')].filter(s => s.textContent.includes('alert(2)')).length;
    js += [...doc.querySelectorAll('[href], [src], [action]')].filter(e => ['href', 'src', 'action'].some(
      a => (e.getAttribute(a) || '').trim().toLowerCase().startsWith('javascript:'))).length;
    for (const f of doc.querySelectorAll('iframe')) { try { if (f.contentDocument) visit(f.contentDocument); }
                                                      catch (e) {} }
    for (const h of doc.querySelectorAll('*')) { if (h.shadowRoot) { visit(h.shadowRoot); } }  // the map component
  };
  visit(document);
  return [n, scripts, js];
}"""


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not MIRROR_NO.exists():
        pytest.skip("the offline mirror is not available")
    from registers.fetch import fetch_country
    from registers.store import Store

    base = tmp_path_factory.mktemp("hostile-e2e")
    fetch_country(Store(base / "fetched"), "no", str(MIRROR_NO))
    root = hs.build(base / "fetched", base / "store")
    with running_app(root, base / "streamlit.log") as url:
        yield url


@pytest.mark.parametrize("page", PAGES)
def test_hostile_text_stays_inert_on_every_page(hostile_server: str, browser, page: str, tmp_path: Path):
    v = Visit(browser, f"{hostile_server}{page}?kommune=0301")
    try:
        assert v.exceptions == [], v.exceptions
        assert v.dialogs == [], f"a JavaScript dialog fired: {v.dialogs}"
        assert v.javascript_links == 0
        images, scripts, js = v.page.evaluate(HOSTILE_ELEMENTS_JS)
        assert (images, scripts, js) == (0, 0, 0), "hostile markup became elements"
        if page == "kommuneprofil":
            assert hs.IMG in v.text, "the hostile name should be shown as text"
        if page in ("oversikt", "kommuneprofil", "kvalitet"):
            assert v.shapes >= 350, f"{page}: only {v.shapes} shapes drawn"
    finally:
        v.close()


def test_hostile_name_in_the_map_tooltip_is_text(hostile_server: str, browser):
    """Hovering Oslo on the overview map shows the hostile name as text, and no element is created from it."""
    v = Visit(browser, f"{hostile_server}oversikt")
    try:
        v.page.evaluate("""() => {
          const roots = [document, ...[...document.querySelectorAll('*')].map(e => e.shadowRoot).filter(Boolean)];
          for (const root of roots) {
            for (const p of root.querySelectorAll('path.leaflet-interactive')) {
              p.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));
            }
            const oslo = root.querySelector('path[data-key="0301"]');  // last: its tooltip stays open
            if (oslo) { oslo.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})); }
          }
        }""")
        assert v.page.locator(".atlas-tip strong", has_text="Oslo").count() >= 1, "no tooltip was shown"
        v.page.wait_for_timeout(500)
        images, scripts, js = v.page.evaluate(HOSTILE_ELEMENTS_JS)
        assert (images, scripts, js) == (0, 0, 0)
        assert v.dialogs == []
    finally:
        v.close()
