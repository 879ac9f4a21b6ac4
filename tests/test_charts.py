"""Page helpers in ui/charts.py that decide what a reader sees."""

from __future__ import annotations

from ui import charts


def test_a_table_beside_a_map_is_as_tall_as_its_rows_and_no_taller_than_the_map():
    one = charts.grid_height(1, 640)
    two = charts.grid_height(2, 640)
    assert two - one == charts.ROW_PX  # each row adds one row's height: no empty grid lines below the data
    assert charts.grid_height(0, 640) == one  # an empty table still shows its header and one row
    assert charts.grid_height(357, 640) == 640  # a long table scrolls inside the map's height


def test_the_interactive_timeline_counts_adoptions_in_whole_numbers():
    import pandas as pd

    for counts in ([1, 2, 0, 1], [3, 11, 40, 7], [0, 0]):
        timeline = pd.DataFrame({"year": range(2010, 2010 + len(counts)), "adopted_in_year": counts,
                                 "share_municipalities": [0.1] * len(counts)})
        axis = charts.timeline_figure(timeline, None, "nb").to_dict()["layout"]["yaxis2"]
        assert axis["tickformat"] == "d"
        assert isinstance(axis["dtick"], int) and axis["dtick"] >= 1
        assert axis["dtick"] * 6 >= max(counts), "about five ticks up to the largest count"


def test_html_tables_show_numbers_in_the_language_and_never_none_or_nan():
    import pandas as pd

    df = pd.DataFrame({"Kommune": ["Oslo", None], "Innbyggere": pd.array([717710, None], dtype="Int64"),
                       "Vedtatt": [2019.0, float("nan")], "Per 1 000": [3.25, None], "": ["a", "b"]})
    out = charts.text_table(df, "nb")
    cells = out.to_numpy().ravel().tolist()
    assert not {"None", "nan", "<NA>", "NaN"} & set(cells)
    from base.i18n import fmt_int

    grouped = fmt_int(717710, "nb")  # Babel's nb grouping (a no-break space)
    assert grouped != "717710"
    assert out.iloc[0].tolist() == ["Oslo", grouped, "2019", "3,2", "a"]  # year without separator
    assert out.iloc[1].tolist() == ["–", "–", "–", "–", "b"]
    assert all(str(c).strip() for c in out.columns), "no empty header"
    assert charts.text_table(df, "en").iloc[0].tolist()[1:4] == ["717,710", "2019", "3.2"]


def test_the_twin_table_has_labelled_columns_not_internal_names():
    import pandas as pd

    from base.i18n import t
    from ui.peerview import twin_table

    twins = pd.DataFrame({"kommunenummer": ["1506", "3411"], "distance": [0.05, 0.2],
                          "d_population": [0.001, 0.009], "d_density": [0.002, 0.03]})
    for lang in ("nb", "en", "da"):
        out = twin_table(twins, {"1506": "Molde", "3411": "Ringsaker"}, lang)
        assert not [c for c in out.columns if c in twins.columns or str(c).startswith("d_")]
        assert out[t("col.municipality", lang)].tolist() == ["Molde", "Ringsaker"]
        assert t("profile.col.d.density", lang) in out.columns
