"""AppTest for the published layer (the overview's default while the register is DEMO), ``?sammenlign=``, Norway
beside Denmark and ``?embed=1``. Expected figures are computed here from the mirror file and the registers."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from base.i18n import fmt_int, fmt_pct, t
from tests.conftest import ROOT
from ui.firstpaint import PAINTED_KEY


@pytest.fixture(scope="module")
def data_dir(no_store_dir: Path, mirror_dk: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    import shutil

    from cli.commands.core import fetch_country
    from registers.store import Store

    root = tmp_path_factory.mktemp("store-published")
    shutil.copytree(no_store_dir, root, dirs_exist_ok=True)
    fetch_country(Store(root), "dk", str(mirror_dk))
    return root


def run(data_dir: Path, monkeypatch: pytest.MonkeyPatch, page: str, **params: str) -> AppTest:
    monkeypatch.setenv("FRIVILLIG_DATA_DIR", str(data_dir))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state[PAINTED_KEY] = True
    for k, v in params.items():
        at.query_params[k] = v
    at.run()  # pages registered with their own url_path are known only after the router has run once
    at.switch_page(f"app_pages/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def html_text(at: AppTest) -> str:
    return "\n".join(str(e.proto.body) for e in at.get("html"))


def texts(at: AppTest) -> str:
    parts = [e.value for kind in ("markdown", "warning", "info", "title", "caption", "error") for e in at.get(kind)]
    return "\n".join(str(p) for p in parts)


def county_rows(mirror_no: Path) -> list[dict[str, str]]:
    path = mirror_no / "policy" / "frivillighetspolitikk_per_fylke_2024-07.csv"
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def test_overview_opens_on_the_published_figures_while_the_register_is_demo(data_dir, monkeypatch, mirror_no):
    rows = county_rows(mirror_no)
    count = sum(int(r["kommuner_med_frivillighetspolitikk"]) for r in rows)
    published_total = sum(int(r["kommuner_totalt_as_published"]) for r in rows)
    from registers.store import Store

    n_mun = len(Store(data_dir).read_frame("no", "municipalities"))
    at = run(data_dir, monkeypatch, "oversikt")
    metrics = {m.label: m.value for m in at.metric}
    assert metrics[t("published.metric.count", "nb")] == fmt_int(count, "nb")
    assert metrics[t("published.metric.share_published", "nb", total=published_total)] == \
        fmt_pct(count / published_total, 1, "nb")
    assert metrics[t("published.metric.share_register", "nb", total=n_mun)] == fmt_pct(count / n_mun, 1, "nb")
    assert published_total != n_mun  # the source's error is on screen, flagged
    warning = "\n".join(w.value for w in at.warning)
    assert str(published_total) in warning and str(n_mun) in warning
    for r in rows:
        if r["denominator_matches_reference"] == "no":
            assert r["fylke"] in warning
    assert "DEMO:" not in warning  # the register is not shown on this layer ...
    switch = at.get("button_group")
    assert switch, "the DEMO map is one click away"
    options = [o.content for o in switch[0].proto.options]
    assert options == [t("published.layer", "nb"), t("published.layer_register_demo", "nb")]  # named DEMO
    # ... and every county row carries its publisher, date and link
    table = at.dataframe[-1].value
    assert len(table) == len(rows)
    assert set(table[t("published.col.link", "nb")]) == {r["source_url"] for r in rows}
    assert set(table[t("published.col.date", "nb")]) == {r["published_date"] for r in rows}


def test_the_register_layer_is_the_demo_map_and_says_so(data_dir, monkeypatch):
    at = run(data_dir, monkeypatch, "oversikt", lag="register")
    assert "DEMO" in "\n".join(w.value for w in at.warning)
    assert t("published.metric.count", "nb") not in {m.label for m in at.metric}


def test_denmark_has_no_published_layer_and_says_so(data_dir, monkeypatch):
    at = run(data_dir, monkeypatch, "oversikt", land="dk", lag="publisert")
    assert t("published.none_dk", "da") in texts(at)
    assert "DEMO" in "\n".join(w.value for w in at.warning)


@pytest.mark.parametrize("lang", ["nb", "en", "da"])
def test_published_layer_in_every_language_and_presentation_mode(data_dir, monkeypatch, lang):
    at = run(data_dir, monkeypatch, "oversikt", lang=lang, present="1")
    assert t("published.metric.count", lang) in {m.label for m in at.metric}
    assert not at.get("button_group")  # no widgets on a projector


def test_comparison_from_the_link(data_dir, monkeypatch):
    from registers import policies
    from registers.store import Store

    s = Store(data_dir)
    at = run(data_dir, monkeypatch, "sammenlign", sammenlign="0301,1103,0101")
    table = at.table[0].value.reset_index()
    no = s.read_frame("no", "municipalities").set_index("kommunenummer")
    dk = s.read_frame("dk", "municipalities").set_index("kommunenummer")
    assert list(table.columns[1:]) == [f"{no.at['0301', 'kommunenavn']} (NO)", f"{no.at['1103', 'kommunenavn']} (NO)",
                                       f"{dk.at['0101', 'kommunenavn']} (DK)"]
    by = table.set_index(t("compare.measure", "nb"))
    pop = by.loc[t("col.population", "nb")]
    assert pop.iloc[0].startswith(fmt_int(int(no.at["0301", "befolkning"]), "nb"))
    assert pop.iloc[2].startswith(fmt_int(int(dk.at["0101", "befolkning"]), "nb"))
    reg, _ = policies.register_or_demo(s, "dk")
    status = reg[reg["kommunenummer"].astype(str) == "0101"]["status"]
    expected = t(f"map.status.{status.iloc[0] if len(status) else 'no_data'}", "nb")
    assert by.loc[t("profile.status", "nb")].iloc[2].startswith(expected)
    assert "DEMO" in "\n".join(w.value for w in at.warning)
    assert any("sammenlign=0301,1103,0101" in c.value and "embed=1" in c.value for c in at.code)


def test_comparison_needs_two_and_names_unknown_codes(data_dir, monkeypatch):
    at = run(data_dir, monkeypatch, "sammenlign", sammenlign="0301,9999")
    assert any("9999" in w.value for w in at.warning)
    assert any(t("compare.need", "nb", min=2, max=6) in i.value for i in at.info)
    assert not at.table


@pytest.mark.parametrize("params", [{}, {"lang": "da", "present": "1"}, {"land": "dk", "lang": "en"}])
def test_norway_beside_denmark(data_dir, monkeypatch, params):
    from analytics import coverage
    from registers import policies
    from registers.store import Store

    at = run(data_dir, monkeypatch, "landene", **params)
    lang = params.get("lang", "nb")
    values = [m.value for m in at.metric if m.label == t("overview.share_mun", lang)]
    s = Store(data_dir)
    expected = []
    for c in ("no", "dk"):
        mun = s.read_frame(c, "municipalities")
        reg, _ = policies.register_or_demo(s, c)
        table = coverage.status_table(reg, mun)
        expected.append(fmt_pct((table["status"] == "adopted").sum() / len(mun), 1, lang))
    assert values == expected


def test_embed_has_no_sidebar_no_widgets_and_a_link_back(data_dir, monkeypatch):
    at = run(data_dir, monkeypatch, "oversikt", embed="1")
    assert not at.sidebar.children or not any(True for _ in at.sidebar.selectbox)
    assert not at.get("button_group") and not at.code and not at.dataframe
    body = html_text(at)
    assert "atlas-embed-marker" in body  # the chrome is hidden
    assert t("embed.full_atlas", "nb") in body and "Frivillighet Norge" in body
    assert "embed=1" not in body.split("atlas-embed-source", 1)[1]  # the link back opens the full atlas


def test_embed_profile_reads_the_municipality_from_the_link_and_draws_no_widgets(data_dir, monkeypatch):
    at = run(data_dir, monkeypatch, "kommuneprofil", embed="1", kommune="1103")
    assert at.title[0].value == "Stavanger"
    assert not at.text_input and not at.selectbox and not at.slider
    assert "DEMO" in html_text(at) + "\n".join(w.value for w in at.warning)


def test_embed_never_opens_editing(data_dir, monkeypatch):
    """In an embed the router registers only the read-only pages: the data page (imports, table edits) and the
    quality page cannot be reached, whoever the viewer is."""
    monkeypatch.setenv("FRIVILLIG_DATA_DIR", str(data_dir))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state[PAINTED_KEY] = True
    at.query_params["embed"] = "1"
    at.run()
    assert not at.exception
    for page in ("data", "kvalitet", "sektor", "presentasjon"):
        with pytest.raises(ValueError, match="Known pages") as err:
            at.switch_page(f"app_pages/{page}.py")
        known = str(err.value).split("Known pages:", 1)[1]
        assert "oversikt.py" in known and f"app_pages/{page}.py" not in known
    assert not at.get("file_uploader") and not at.button and not at.text_input


def test_norway_beside_denmark_on_an_empty_store_gives_the_first_run_screen(tmp_path, monkeypatch):
    monkeypatch.setenv("FRIVILLIG_DATA_DIR", str(tmp_path))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.switch_page("app_pages/landene.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("Velkommen" in x.value for x in at.title)


def test_embed_links_point_at_pages_the_router_serves():
    from ui import embed

    assert embed.page_url("http://atlas.example/", "oversikt", {"lag": "publisert"}, embed=True) == \
        "http://atlas.example/?lag=publisert&embed=1"  # the default page is served at "/" only
    assert embed.page_url("http://atlas.example/kommuneprofil", "kommuneprofil",
                          {"kommune": "1103", "present": "1"}, embed=False) == \
        "http://atlas.example/kommuneprofil?kommune=1103"
    assert embed.page_url("http://a.example/base/sammenlign", "sammenlign", {"sammenlign": "0301,0101"},
                          embed=True) == "http://a.example/base/sammenlign?sammenlign=0301,0101&embed=1"
    snippet = embed.snippet('http://a.example/?x="><script>', 'T"<b>')
    assert "<script>" not in snippet and "&quot;&gt;&lt;script&gt;" in snippet and 'title="T&quot;&lt;b&gt;"' in snippet


def test_the_comparison_goes_into_the_pack_and_the_exports(data_dir, monkeypatch):
    monkeypatch.setenv("FRIVILLIG_DATA_DIR", str(data_dir))
    from analytics import compare
    from analytics import exports as ex
    from registers.store import Store
    from ui import compare_view as cv
    from ui import pack

    picks = compare.parse_picks("0301,1103,0101", cv.known_codes()).picks
    loaded = cv.load_all({p.country for p in picks}, "nb")
    assert loaded is not None
    data, metas = loaded
    rows = compare.compare_rows(picks, data)
    table = cv.display_table(rows, "nb")
    built = cv.comparison_pack(rows, table, data, metas, "nb")
    s = Store(data_dir)
    names = [s.read_frame(p.country, "municipalities").set_index("kommunenummer").at[p.code, "kommunenavn"]
             for p in picks]
    for name in names:
        assert name in built.html
    assert "DEMO" in built.html and built.stem == pack.pack_stem(names[0], "0301", "no", "nb", True)
    text = ex.to_csv_bytes(cv.export_rows(rows, "nb"), metas, "nb", True).decode("utf-8-sig")
    dk_pop = int(s.read_frame("dk", "municipalities").set_index("kommunenummer").at["0101", "befolkning"])
    assert "0101" in text and str(dk_pop) in text and "DEMO" in text


def test_a_damaged_county_copy_gives_a_plain_message_not_a_traceback(data_dir, monkeypatch, tmp_path):
    import shutil

    damaged = tmp_path / "d"
    shutil.copytree(data_dir, damaged)
    for f in (damaged / "no").glob("policy_reference_county.*.csv"):
        f.write_text("fylkesnummer_2024,fylke\n11,Rogaland\n", encoding="utf-8")
    at = run(damaged, monkeypatch, "oversikt", lag="publisert")
    assert at.error and t("error.prefix", "nb") in at.error[0].value


def test_an_embed_on_an_empty_store_offers_no_fetch_even_to_the_local_editor(tmp_path, monkeypatch, local_editor):
    monkeypatch.setenv("FRIVILLIG_DATA_DIR", str(tmp_path))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params["embed"] = "1"
    at.run()
    assert not at.exception
    assert any(t("firstrun.title", "nb") in x.value for x in at.title)
    assert not at.button  # the fetch is writing: never in an embed
    plain = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    plain.run()  # the same store outside an embed: the local editor gets the fetch button (the test can fail)
    assert any(b.label == t("firstrun.button", "nb") for b in plain.button)
