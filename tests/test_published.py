"""The published county figures: read as printed, the source's errors flagged (never corrected), and bad copies
refused with file, row, column and value. Expected figures are computed here from the mirror file itself."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd
import pytest

from analytics import published
from base.errors import AtlasError
from base.i18n import t
from sources.published import COUNTY_FILE, read_county_figures


def _raw_rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


@pytest.fixture(scope="module")
def county_path(mirror_no: Path) -> Path:
    return mirror_no / "policy" / COUNTY_FILE


@pytest.fixture(scope="module")
def municipalities(no_store_dir: Path) -> pd.DataFrame:
    from registers.store import Store

    return Store(no_store_dir).read_frame("no", "municipalities")


def test_every_row_is_read_as_printed(county_path: Path):
    raw = _raw_rows(county_path)
    df = read_county_figures(county_path).set_index("fylkesnummer")
    assert len(df) == len(raw)
    for r in raw:
        row = df.loc[r["fylkesnummer_2024"].zfill(2)]
        assert row["count"] == int(r["kommuner_med_frivillighetspolitikk"])
        assert row["published_total"] == int(r["kommuner_totalt_as_published"])
        assert row["source_url"] == r["source_url"] and row["published_date"] == r["published_date"]
        if r["andel_pct_as_published"]:
            assert row["published_pct"] == pytest.approx(float(r["andel_pct_as_published"]) / 100)
        else:
            assert pd.isna(row["published_pct"])


def test_the_358_error_is_kept_and_the_correct_denominator_is_beside_it(county_path: Path,
                                                                       municipalities: pd.DataFrame):
    raw = _raw_rows(county_path)
    count = sum(int(r["kommuner_med_frivillighetspolitikk"]) for r in raw)
    published_total = sum(int(r["kommuner_totalt_as_published"]) for r in raw)
    per_county = municipalities.groupby("fylkesnummer").size()
    layer = published.county_layer(read_county_figures(county_path), municipalities)
    totals = published.layer_totals(layer, municipalities)
    assert totals["count"] == count
    assert totals["published_total"] == published_total != len(municipalities)  # the source's own error: 358
    assert totals["register_total"] == len(municipalities)
    assert totals["published_share"] == pytest.approx(count / published_total)
    assert totals["register_share"] == pytest.approx(count / len(municipalities))
    wrong = {r["fylkesnummer_2024"].zfill(2) for r in raw
             if int(r["kommuner_totalt_as_published"]) != per_county[r["fylkesnummer_2024"].zfill(2)]}
    assert {w["fylkesnummer"] for w in totals["wrong_counties"]} == wrong and len(wrong) >= 1
    by = layer.set_index("fylkesnummer")
    for r in raw:
        code = r["fylkesnummer_2024"].zfill(2)
        n, den = int(r["kommuner_med_frivillighetspolitikk"]), int(r["kommuner_totalt_as_published"])
        assert by.at[code, "published_share"] == pytest.approx(n / den)  # as published, not corrected
        assert by.at[code, "register_share"] == pytest.approx(n / per_county[code])
        assert bool(by.at[code, "count_exceeds_total"]) == (n > per_county[code])
    # Vestfold's "8 of 12" with 6 municipalities is flagged as impossible, not silently capped
    assert [w["fylkesnummer"] for w in totals["wrong_counties"] if w["count_exceeds_total"]] == [
        r["fylkesnummer_2024"].zfill(2) for r in raw
        if int(r["kommuner_med_frivillighetspolitikk"]) > per_county[r["fylkesnummer_2024"].zfill(2)]]


def test_share_classes_cover_zero_to_one():
    assert published.share_class(0.0) == 0 and published.share_class(1.0) == len(published.SHARE_BREAKS) - 1
    assert published.share_class(0.1) == 1 and published.share_class(0.0999) == 0
    assert published.share_class(None) is None


HEADER = ("fylkesnummer_2024,fylke,kommuner_med_frivillighetspolitikk,kommuner_totalt_as_published,"
          "andel_pct_as_published,published_date,publisher,source_url\n")


@pytest.mark.parametrize(("line", "column", "value"), [
    ("11,Rogaland,sytten,23,74,2024-07-08,FN,https://x.no/", "kommuner_med_frivillighetspolitikk", "sytten"),
    ("11,Rogaland,17,23,74,8. juli,FN,https://x.no/", "published_date", "8. juli"),
    ("11,Rogaland,17,23,74,2024-07-08,FN,javascript:alert(1)", "source_url", "javascript:alert(1)"),
    ("1x,Rogaland,17,23,74,2024-07-08,FN,https://x.no/", "fylkesnummer_2024", "1x"),
    ("11,Rogaland,17,23,mye,2024-07-08,FN,https://x.no/", "andel_pct_as_published", "mye"),
])
def test_a_bad_row_is_refused_naming_file_row_column_and_value(line: str, column: str, value: str):
    with pytest.raises(AtlasError) as err:
        read_county_figures((HEADER + line + "\n").encode(), file="kopi.csv")
    for lang in ("nb", "en", "da"):  # the message in the reader's language, naming file, row, column and value
        text = err.value.render(lang)
        assert "kopi.csv" in text and t("err.where.row", lang, row=2) in text and column in text and value in text


def test_a_file_without_the_columns_or_not_utf8_is_refused():
    with pytest.raises(AtlasError) as err:
        read_county_figures(b"a,b\n1,2\n", file="feil.csv")
    assert err.value.render("en").startswith("file") or "feil.csv" in err.value.render("en")
    assert t("published.err.columns", "en", columns="fylkesnummer_2024")[:20] in err.value.render("en")
    with pytest.raises(AtlasError) as err:
        read_county_figures(HEADER.encode() + "11,Møre,1,2,3,2024-07-08,FN,https://x.no/\n".encode("cp1252"))
    assert t("published.err.utf8", "da") in err.value.render("da")
    with pytest.raises(AtlasError) as err:
        read_county_figures(HEADER.encode())
    assert t("published.err.empty", "nb") in err.value.render("nb")
