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


def test_numbers_use_a_space_and_a_decimal_comma_in_norwegian_and_danish():
    assert fmt_int(717710, "nb") == "717\u202f710" and fmt_int(717710, "en") == "717,710"
    assert fmt_num(22.5, 1, "da") == "22,5" and fmt_num(22.5, 1, "en") == "22.5"
    assert fmt_pct(0.225, 1, "nb") == "22,5\u00a0%" and fmt_pct(0.225, 1, "en") == "22.5%"
