"""The string catalogue is complete: every entry has bokmål, English and Danish, and every key the code asks for
with a literal ``t("…")`` exists (a missing key would only show up as an exception on the page)."""

from __future__ import annotations

import re
from pathlib import Path

from base.i18n import CATALOGUE, LANGS, fmt_int, fmt_num, fmt_pct

ROOT = Path(__file__).resolve().parents[1]
KEY_RE = re.compile(r"""\bt\(\s*["']([a-z][a-z0-9_.]*[a-z0-9_])["']\s*[,)]""")


def test_every_entry_has_all_three_languages():
    missing = [(k, lang) for k, v in CATALOGUE.items() for lang in LANGS if not v.get(lang)]
    assert missing == []


def test_every_literal_key_used_in_the_code_exists():
    used: dict[str, str] = {}
    for folder in ("analytics", "ui", "views"):
        for path in (ROOT / folder).rglob("*.py"):
            for key in KEY_RE.findall(path.read_text(encoding="utf-8")):
                used.setdefault(key, str(path.relative_to(ROOT)))
    for path in [ROOT / "app.py"]:
        for key in KEY_RE.findall(path.read_text(encoding="utf-8")):
            used.setdefault(key, "app.py")
    assert len(used) > 100
    unknown = {k: where for k, where in used.items() if k not in CATALOGUE}
    assert unknown == {}


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def test_numbers_are_written_as_each_language_writes_them():
    """Norwegian groups thousands with a space, Danish with a point (as Danmarks Statistik publishes), English with a
    comma; the decimal mark is a comma in nb/da; a percent sign is spaced off in nb/da only."""
    assert _plain(fmt_int(1234567, "nb")) == "1 234 567"
    assert fmt_int(1234567, "da") == "1.234.567"
    assert fmt_int(1234567, "en") == "1,234,567"
    assert fmt_num(22.5, 1, "da") == "22,5" and fmt_num(22.5, 1, "en") == "22.5" and fmt_num(22.5, 1, "nb") == "22,5"
    assert _plain(fmt_pct(0.123, 1, "nb")) == "12,3 %" and _plain(fmt_pct(0.123, 1, "da")) == "12,3 %"
    assert fmt_pct(0.123, 1, "en") == "12.3%"
    assert fmt_int(None) == "–" and fmt_pct(float("nan")) == "–"


def test_every_county_word_the_pages_use_has_the_danish_region_word_beside_it():
    """``area_key`` turns a county key into its region key for Denmark; for every key the code passes to it, both
    must be in the catalogue (the Sector page once labelled Danish region borders "county border")."""
    from base.i18n import area_key

    used = {m.group(1) for folder in ("ui", "app_pages") for p in (ROOT / folder).rglob("*.py")
            for m in re.finditer(r'area_key\("([\w.]+)"', p.read_text(encoding="utf-8"))}
    assert "overview.county_border" in used
    missing = [k for k in used if k not in CATALOGUE or area_key(k, "dk") not in CATALOGUE]
    assert not missing, missing
    assert all(area_key(k, "no") == k for k in used)
    assert all("region" in CATALOGUE[area_key(k, "dk")]["en"].lower() for k in used)


def test_no_page_chooses_between_county_and_region_words_itself():
    import re

    pattern = re.compile(r'"[\w.]*county[\w.]*" if country')
    offenders = [str(p.relative_to(ROOT)) for folder in ("ui", "app_pages") for p in (ROOT / folder).rglob("*.py")
                 if pattern.search(p.read_text(encoding="utf-8"))]
    assert not offenders, offenders
