"""Every code the organisation register writes (placement, outside reason) has a label in nb/en/da.

Size classes are not the register's own: they are :data:`analytics.coverage.SIZE_CLASSES` (tests/test_coverage.py)."""

from __future__ import annotations

import pytest

from base.i18n import CATALOGUE, LANGS
from registers.organisations import OUTSIDE_REASONS

KEYS = [f"org.outside.{r}" for r in OUTSIDE_REASONS] + \
    [f"org.placement.{p}" for p in ("forretningsadresse", "postadresse", "soek", "utenfor")] + \
    ["org.oslo_note", "org.scope.kommune", "org.icnpo.none", "org.icnpo.any_note"]


@pytest.mark.parametrize("key", KEYS)
def test_label_exists_in_every_language(key):
    assert key in CATALOGUE
    for lang in LANGS:
        assert CATALOGUE[key].get(lang, "").strip(), (key, lang)

