"""Regression tests for bugs the reliability work (faults, hostile input, pages on hostile data) found in modules
outside the store; each failed before its fix."""

from __future__ import annotations

import pandas as pd

from analytics import organisations, profile
from base.errors import AtlasError
from registers.organisations import COLUMNS
from sources import tabular


def test_policy_history_accepts_a_version_without_revision_year():
    """The profile page crashed (TypeError in str.join) for every municipality whose policy has no revision year."""
    v1 = pd.DataFrame({"kommunenummer": ["0301"], "status": ["in_progress"], "adopted_year": [None],
                       "revised_year": [None]})
    v2 = pd.DataFrame({"kommunenummer": ["0301"], "status": ["adopted"], "adopted_year": [2019.0],
                       "revised_year": [float("nan")]})
    history = profile.policy_history([({"version": "v0001"}, v1), ({"version": "v0002"}, v2),
                                      ({"version": "v0003"}, v2)], "0301")
    assert list(history["version"]) == ["v0001", "v0002"]


def test_national_icnpo_breakdown_counts_every_placed_organisation():
    """``level="nasjonal"`` built a frame from a lone scalar and raised ValueError (profile page crash)."""
    reg = pd.DataFrame({c: [""] * 3 for c in COLUMNS})
    reg["organisasjonsnummer"] = ["1", "2", "3"]
    reg["kommunenummer"] = ["0301", "1804", ""]
    reg["icnpo_primaer"] = ["1 100", "", ""]
    reg["icnpo"] = ["1 100", "", ""]
    out = organisations.icnpo_breakdown(reg, None)
    assert set(out["omraade"]) == {"NO"}
    assert out["organisasjoner"].tolist() == [2] * len(out)
    assert out["antall"].sum() == 2


def test_the_row_limit_message_keeps_its_comma():
    data = b"kommunenummer;status\n" + b"0301;vedtatt\n" * (tabular.MAX_ROWS + tabular.HEADER_SEARCH_ROWS + 5)
    try:
        tabular.read_table(data, "stor.csv")
    except AtlasError as err:
        assert "100 000 rader, som er grensen" in str(err).replace("\u00a0", " ")  # Babel groups with a no-break space
    else:
        raise AssertionError("a file over the row limit was accepted")
