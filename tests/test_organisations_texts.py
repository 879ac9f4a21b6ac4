"""Every code the organisation register writes (size class, placement, outside reason) has a label in nb/en/da."""

from __future__ import annotations

import pytest

from analytics.i18n import CATALOGUE, LANGS
from analytics.organisations import OUTSIDE_REASONS, SIZE_CLASSES

KEYS = [k for _, k in SIZE_CLASSES] + [f"org.outside.{r}" for r in OUTSIDE_REASONS] + \
    [f"org.placement.{p}" for p in ("forretningsadresse", "postadresse", "soek", "utenfor")] + \
    ["org.oslo_note", "org.scope.kommune", "org.icnpo.none", "org.icnpo.any_note"]


@pytest.mark.parametrize("key", KEYS)
def test_label_exists_in_every_language(key):
    assert key in CATALOGUE
    for lang in LANGS:
        assert CATALOGUE[key].get(lang, "").strip(), (key, lang)


def test_size_classes_are_ordered_and_cover_everything():
    bounds = [b for b, _ in SIZE_CLASSES]
    assert bounds == sorted(bounds) and bounds[-1] > 10_000_000
