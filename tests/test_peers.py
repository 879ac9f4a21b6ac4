"""Peers and twins: transparent, weight-driven, never guessing missing indicators."""

from __future__ import annotations

import pandas as pd
import pytest

from analytics.peers import compare, peer_groups, twin_features, twins


def municipalities() -> pd.DataFrame:
    return pd.DataFrame({
        "kommunenummer": ["0001", "0002", "0003", "0004", "0005"],
        "kommunenavn": ["A", "B", "C", "D", "E"],
        "fylkesnummer": ["01", "01", "01", "02", "02"],
        "befolkning": [1000, 1100, 50000, 1050, 52000],
        "areal_km2": [100.0, 110.0, 50.0, 1000.0, 52.0],
    })


def test_twins_are_ranked_by_weighted_distance_and_self_is_excluded():
    f = twin_features(municipalities())
    out = twins(f, "0001", {"population": 1, "density": 1}, k=4)
    assert "0001" not in set(out.kommunenummer)
    assert out.kommunenummer.iloc[0] == "0002"  # same size and same density
    assert list(out.distance) == sorted(out.distance)


def test_weights_change_the_ranking_and_zero_weight_drops_an_indicator():
    f = twin_features(municipalities())
    by_density = twins(f, "0004", {"population": 0, "density": 1}, k=1)
    by_population = twins(f, "0004", {"population": 1, "density": 0}, k=1)
    assert by_population.kommunenummer.iloc[0] in ("0001", "0002")
    assert "d_population" not in by_density.columns
    assert by_density.kommunenummer.iloc[0] != by_population.kommunenummer.iloc[0] or \
        by_density.distance.iloc[0] != by_population.distance.iloc[0]


def test_a_municipality_missing_an_indicator_is_not_a_candidate():
    orgs = pd.Series({"0001": 5.0, "0002": 5.1, "0003": 6.0, "0005": 4.0})
    f = twin_features(municipalities(), orgs)
    out = twins(f, "0001", {"population": 1, "orgs_per_1000": 1, "density": 1}, k=10)
    assert "0004" not in set(out.kommunenummer)


def test_peer_groups_county_size_and_neighbours():
    mun = municipalities()
    size = pd.Series({"0001": "s", "0002": "s", "0003": "l", "0004": "s", "0005": "l"})
    nb = pd.DataFrame({"kommunenummer": ["0001", "0002"], "nabo": ["0002", "0001"]})
    groups = peer_groups(mun, "0001", nb, size)
    assert groups == {"county": ["0002", "0003"], "size": ["0002", "0004"], "neighbours": ["0002"]}


def test_compare_gives_group_medians_with_sizes():
    values = pd.Series({"0001": 1.0, "0002": 3.0, "0003": 5.0, "0004": 7.0})
    out = compare(values, "0001", {"county": ["0002", "0003"], "neighbours": []}).set_index("group")
    assert out.at["county", "value"] == 4.0 and out.at["county", "n"] == 2
    assert pd.isna(out.at["neighbours", "value"]) and out.at["neighbours", "n"] == 0
    assert out.at["national", "value"] == 4.0


def test_unknown_municipality_is_a_key_error():
    with pytest.raises(KeyError):
        twins(twin_features(municipalities()), "9999")
