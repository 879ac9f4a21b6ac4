"""Every word in the user's language: the held-back refusals read in bokmål, English and Danish; the command line
speaks the language of ``--lang`` (or ``FRIVILLIG_LANG``) with exit codes and JSON unchanged; the Data page refuses
a file in the session's language.

The expected texts are never copied here: a refusal must carry a catalogue key, and what a user reads in a language
must be that key's entry for the language, with the parameters filled in (so a refusal that fell back to bokmål, or
a literal, fails). The three renderings must also differ from each other.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import string
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from base.errors import AtlasError, Problem
from base.i18n import CATALOGUE, LANGS, Msg, fmt_int, fmt_pct, t, use_lang
from registers import policies
from tests import org_fixtures as of

TODAY = dt.date(2026, 6, 1)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _keys_in(text: Msg) -> set[str]:
    """Every catalogue key a message is built from (its own and those of Msg parameters and parts)."""
    keys = {text.key} if text.key else set()
    for value in [*text.params.values(), *text.parts]:
        if isinstance(value, Msg):
            keys |= _keys_in(value)
    return keys


def assert_speaks_every_language(message: object) -> None:
    """``message`` is a catalogue message whose rendering in each language is built from that language's entry, and
    the three renderings are different texts."""
    assert isinstance(message, Msg), f"a literal, not a catalogue message: {message!r}"
    rendered = {lang: message.render(lang) for lang in LANGS}
    assert len(set(rendered.values())) == len(LANGS), rendered
    for key in _keys_in(message):
        for lang in LANGS:
            fixed = [p for p in string.Formatter().parse(CATALOGUE[key][lang]) if p[0]]
            longest = max((lit for lit, *_ in fixed), key=len, default=CATALOGUE[key][lang])
            assert longest.strip(" .,;:()") in rendered[lang], (key, lang, rendered[lang])


def _policy_refusal(no_index, rows: list[list[str]]) -> Problem:
    text = "\n".join(";".join(r) for r in rows).encode()
    _, report = policies.preview_policies(text, "register.csv", no_index, "no", TODAY)
    assert report.errors, report.problems
    return report.errors[0]


POLICY_CASES = {
    "unknown municipality": [["kommunenummer", "status"], ["9999", "vedtatt"]],
    "ambiguous name": [["kommune", "status"], ["Våler", "vedtatt"]],
    "split code": [["kommunenummer", "status"], ["1507", "vedtatt"]],
    "future year": [["kommunenummer", "status", "vedtatt"], ["0301", "vedtatt", "2031"]],
    "missing column": [["navn", "tekst"], ["Oslo", "vedtatt"]],
}


@pytest.mark.parametrize("case", POLICY_CASES, ids=list(POLICY_CASES))
def test_a_refused_policy_row_reads_in_every_language(no_index, case: str):
    problem = _policy_refusal(no_index, POLICY_CASES[case])
    assert_speaks_every_language(problem.message)
    where = {lang: problem.location(lang) for lang in LANGS}
    if problem.row is not None:  # the words for row differ (rad / row / række); the file is named in each
        assert len(set(where.values())) == len(LANGS) and all("register.csv" in w for w in where.values())


@pytest.mark.parametrize("name, data", [("tabell.csv", b"kommune;status\n\x00\x01\x02\x03" * 50),
                                        ("register.xlsx", PNG), ("register.csv", PNG)],
                         ids=["binary", "image renamed xlsx", "image renamed csv"])
def test_an_unreadable_table_is_refused_in_every_language(no_index, name: str, data: bytes):
    with pytest.raises(AtlasError) as err:
        policies.preview_policies(data, name, no_index, "no", TODAY)
    assert_speaks_every_language(err.value.message)
    assert all(name in err.value.render(lang) for lang in LANGS)


def _org_refusal(tmp_path: Path, name: str, text: str) -> AtlasError:
    from sources.brreg import read_organisation_file

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(AtlasError) as err:
        read_organisation_file(path)
    return err.value


def test_truncated_json_and_a_wrong_shape_are_refused_in_every_language(tmp_path: Path):
    whole = json.dumps([of.unit(of.orgnr(i), f"Lag {i}", of.address("0301")) for i in range(3)])
    truncated = _org_refusal(tmp_path, "enheter.json", whole[: len(whole) // 2])
    assert_speaks_every_language(truncated.message)
    shape = _org_refusal(tmp_path, "side.json", json.dumps({"foo": 1, "bar": [1, 2]}))
    assert_speaks_every_language(shape.message)


def test_a_bad_organisation_number_is_reported_in_every_language():
    from registers.organisations import preview_organisations

    page = of.search_page([of.unit(of.bad_orgnr(1), "Lag", of.address("0301")),
                           of.unit(of.orgnr(2), "Lag 2", of.address("0301"))])
    _, report = preview_organisations(page.encode(), "side.json", of.small_index())
    bad = [p for p in report.problems if p.column == "organisasjonsnummer"]
    assert bad, report.problems
    assert_speaks_every_language(bad[0].message)
    assert_speaks_every_language(report.summary())


def test_str_of_a_refusal_follows_the_current_language():
    err = AtlasError(Msg("table.empty"), file="x.csv", row=3)
    for lang in LANGS:
        with use_lang(lang):
            assert str(err) == err.render(lang)
            assert t("err.where.row", lang, row=3) in str(err)


def test_numbers_on_pages_are_written_as_each_language_writes_them():
    assert fmt_int(1234567, "da") != fmt_int(1234567, "nb") != fmt_int(1234567, "en")
    assert fmt_int(1234567, "da").replace(".", "") == "1234567"
    assert fmt_pct(0.123, 1, "en").endswith("%") and "." in fmt_pct(0.123, 1, "en")


# ---------------------------------------------------------------------------------------------- command line
def run_cli(*argv: str, env_lang: str | None = None, monkeypatch: pytest.MonkeyPatch | None = None
            ) -> tuple[int, str, str]:
    from cli import main

    out, err = io.StringIO(), io.StringIO()
    if monkeypatch is not None:
        if env_lang is None:
            monkeypatch.delenv("FRIVILLIG_LANG", raising=False)
        else:
            monkeypatch.setenv("FRIVILLIG_LANG", env_lang)
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exc:
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def cli_store(no_store_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cli-lang")
    shutil.copytree(no_store_dir, root, dirs_exist_ok=True)
    return root


def test_the_command_line_refuses_in_the_language_of_lang(cli_store: Path, tmp_path: Path, monkeypatch, no_index):
    bad = tmp_path / "register.csv"
    bad.write_text("kommunenummer;status\n9999;vedtatt\n", encoding="utf-8")
    expected = policies.preview_policies(bad.read_bytes(), "register.csv", no_index, "no", TODAY)[1].errors[0]
    seen = {}
    for lang in LANGS:
        code, out, err = run_cli("--data-dir", str(cli_store), "--lang", lang, "import", "policies", str(bad),
                                 "--today", TODAY.isoformat(), monkeypatch=monkeypatch)
        assert code == 2, (out, err)
        assert expected.render(lang) in err
        seen[lang] = err
    assert len(set(seen.values())) == len(LANGS)


def test_frivillig_lang_is_the_default_and_lang_overrides_it(cli_store: Path, monkeypatch):
    _, _, err_da = run_cli("--data-dir", str(cli_store), "restore", "policies", "x1", env_lang="da",
                           monkeypatch=monkeypatch)
    assert Msg("cli.bad_version_name", version="x1").render("da") in err_da
    _, _, err_en = run_cli("--data-dir", str(cli_store), "--lang", "en", "restore", "policies", "x1", env_lang="da",
                           monkeypatch=monkeypatch)
    assert Msg("cli.bad_version_name", version="x1").render("en") in err_en


def test_the_help_speaks_english_with_lang_en(cli_store: Path, monkeypatch):
    code, out, _ = run_cli("--lang", "en", "--help", monkeypatch=monkeypatch)
    assert code == 0
    assert t("cli.help.fetch", "en")[:40] in " ".join(out.split())
    assert t("cli.help.fetch", "nb")[:40] not in " ".join(out.split())


def test_json_output_and_exit_codes_do_not_depend_on_the_language(cli_store: Path, monkeypatch):
    results = {lang: run_cli("--data-dir", str(cli_store), "--lang", lang, "coverage", "--demo", "--json",
                             monkeypatch=monkeypatch) for lang in LANGS}
    assert {code for code, _, _ in results.values()} == {0}
    docs = [json.loads(out) for _, out, _ in results.values()]
    assert docs[0] == docs[1] == docs[2]
    text = {lang: run_cli("--data-dir", str(cli_store), "--lang", lang, "coverage", "--demo",
                          monkeypatch=monkeypatch)[1] for lang in LANGS}
    assert len(set(text.values())) == len(LANGS)  # the plain report does speak each language
    population = docs[0]["population"]
    assert fmt_int(population, "da") in text["da"] and fmt_int(population, "en") in text["en"]


# ---------------------------------------------------------------------------------------------- the Data page
@pytest.fixture(scope="module")
def both_countries(no_store_dir: Path, mirror_dk: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from cli.commands.core import fetch_country
    from registers.store import Store

    root = tmp_path_factory.mktemp("store-lang")
    shutil.copytree(no_store_dir, root, dirs_exist_ok=True)
    fetch_country(Store(root), "dk", str(mirror_dk))
    return root


def _data_page(root: Path, monkeypatch: pytest.MonkeyPatch, **params: str):
    from streamlit.testing.v1 import AppTest

    from tests.conftest import ROOT
    from ui.firstpaint import PAINTED_KEY

    monkeypatch.setenv("FRIVILLIG_DATA_DIR", str(root))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    at.session_state[PAINTED_KEY] = True
    for k, v in params.items():
        at.query_params[k] = v
    at.switch_page("app_pages/data.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _upload(at, name: str, data: bytes):
    at.get("file_uploader")[0].set_value((name, data, "text/csv"))
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.mark.parametrize("params, lang", [({"lang": "en"}, "en"), ({"land": "dk"}, "da"), ({}, "nb")],
                         ids=["no-en", "dk-da", "no-nb"])
def test_the_data_page_refuses_an_image_in_the_session_language(both_countries: Path, monkeypatch, params, lang,
                                                                local_editor: None):
    at = _upload(_data_page(both_countries, monkeypatch, **params), "register.csv", PNG)
    with pytest.raises(AtlasError) as err:
        policies.preview_policies(PNG, "register.csv", None, params.get("land", "no"))
    shown = "\n".join(e.value for e in at.error)
    assert err.value.render(lang) in shown
    assert all(err.value.render(other) not in shown for other in LANGS if other != lang)


def test_a_danish_adviser_reads_an_unknown_kommune_refused_in_danish(both_countries: Path, monkeypatch,
                                                                     local_editor: None):
    from registers.municipalities import MunicipalityIndex
    from registers.store import Store

    data = b"kommunekode;status\n9999;vedtaget\n"
    at = _upload(_data_page(both_countries, monkeypatch, land="dk"), "register.csv", data)
    index = MunicipalityIndex.from_store(Store(both_countries), "dk")
    expected = policies.preview_policies(data, "register.csv", index, "dk")[1].errors[0]
    table = at.dataframe[0].value
    assert t("policy.report.col.message", "da") in table.columns
    assert expected.text("da") in set(table[t("policy.report.col.message", "da")])
    assert expected.text("da") != expected.text("nb")
    assert t("import.refused", "da") in "\n".join(e.value for e in at.error)
