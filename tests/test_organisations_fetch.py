"""The fetch: online (publisher mocked - the tests never touch the network) and from a local source folder."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from base.errors import AtlasError
from registers import fetch
from registers.organisations import load_categories, load_register
from sources import brreg
from tests.org_fixtures import address, bulk_text, frr_record, orgnr, small_store, unit, write_bulk

N = 130  # more than one FRR page of 100
UNITS = [unit(orgnr(i), f"LAG {i}", address(["0301", "3305", "5001"][i % 3])) for i in range(N)] + \
    [unit(orgnr(N + i), f"AS {i}", address("0301"), frr=False, form="AS") for i in range(40)]
RECORDS = sorted((frr_record(orgnr(i), [("1200", 1)] if i % 2 else [("4100", 1), ("1100", 2)]) for i in range(N)),
                 key=lambda r: r["organisasjonsnummer"])


class FakePublisher:
    """Answers the URLs the fetch asks for, from data built in the test; records every request."""

    def __init__(self, fail_frr: bool = False) -> None:
        self.requests: list[str] = []
        self.fail_frr = fail_frr

    def __call__(self, url: str, label: str, progress=None, accept=None, dest=None) -> bytes:
        self.requests.append(url)
        if url == brreg.BULK_URL:
            data = gzip.compress(bulk_text(UNITS).encode())
            if progress:
                progress(label, len(data) // 2, len(data))
                progress(label, len(data), len(data))
            Path(dest).write_bytes(data)
            return b""
        if url.startswith(brreg.ICNPO_URL.split("?")[0]):
            return json.dumps({"_embedded": {"icnpoKategorier": [
                {"icnpoNummer": "1", "navn": "Kultur- og rekreasjon", "spraakkode": "NOB"},
                {"icnpoNummer": "1200", "navn": "Idrett", "spraakkode": "NOB"}]}}).encode()
        if url.startswith(brreg.FRR_URL):
            if self.fail_frr:
                raise AtlasError("Kunne ikke laste ned «Frivillighetsregisteret» (ingen nett).")
            q = parse_qs(urlparse(url).query)
            assert "page" not in q and q["size"] == ["100"] and q["spraak"] == ["NOB"]
            after = q.get("searchAfter", [""])[0]
            rest = [r for r in RECORDS if r["organisasjonsnummer"] > after]
            return json.dumps({"_embedded": {"frivilligeOrganisasjoner": rest[:100]}, "_links": {}}).encode()
        raise AssertionError(f"unexpected URL {url}")


@pytest.fixture()
def store(tmp_path):
    return small_store(tmp_path / "store")


def test_online_fetch_streams_the_bulk_file_and_walks_frr_with_search_after(store, monkeypatch):
    fake = FakePublisher()
    monkeypatch.setattr("sources.http.download", fake)
    seen: list[tuple[str, int, int | None]] = []
    messages = fetch.fetch_organisations(store, progress=lambda label, done, total: seen.append((label, done, total)))
    reg, meta = load_register(store)
    assert len(reg) == N and meta["scope"] == "nasjonal" and meta["url"] == brreg.BULK_URL
    assert meta["stats"]["ikke_i_frr"] == 40
    assert (reg["icnpo"] != "").all()
    assert reg.set_index("organisasjonsnummer").loc[orgnr(2), "icnpo_primaer"] == "4100"
    frr_calls = [u for u in fake.requests if u.startswith(brreg.FRR_URL)]
    assert len(frr_calls) == 2 and "searchAfter" not in frr_calls[0]
    assert f"searchAfter={RECORDS[99]['organisasjonsnummer']}" in frr_calls[1]
    assert any(label.startswith("Enhetsregisteret") for label, _, _ in seen)
    assert any(label.startswith("Frivillighetsregisteret") for label, _, _ in seen)
    assert not any(p.is_file() for p in (Path(store.root) / ".downloads").glob("*"))  # temp file removed
    assert load_categories(store)["label"].tolist() == ["Kultur- og rekreasjon", "Idrett"]
    assert any("130 organisasjoner" in m for m in messages)


def test_online_fetch_without_frr_keeps_the_organisations_and_says_so(store, monkeypatch):
    monkeypatch.setattr("sources.http.download", FakePublisher(fail_frr=True))
    messages = fetch.fetch_organisations(store)
    reg, _ = load_register(store)
    assert len(reg) == N and (reg["icnpo"] == "").all()
    assert any("ICNPO-kategoriene ble ikke hentet" in m for m in messages)


def test_frr_walk_stops_if_the_api_repeats_a_page():
    page = {"_embedded": {"frivilligeOrganisasjoner": RECORDS[:100]}}
    with pytest.raises(AtlasError, match="samme side"):
        brreg.walk_frr_api(get_json=lambda url, label: page)


def test_local_folder_with_the_national_file(store, tmp_path, mirror_no):
    src = tmp_path / "kilder" / "brreg"
    src.mkdir(parents=True)
    write_bulk(src / "enheter_alle.json.gz", UNITS)
    (src / "frivillige-organisasjoner.json").write_text(json.dumps(RECORDS), encoding="utf-8")
    shutil.copy(mirror_no / "brreg" / "icnpo_categories_brreg.csv", src)
    fetch.fetch_organisations(store, source_dir=src.parent)
    reg, meta = load_register(store)
    assert meta["scope"] == "nasjonal" and len(reg) == N and (reg["icnpo"] != "").all()
    assert len(load_categories(store)) == 46
    # a folder with only a one-municipality extract never replaces a national register
    only = tmp_path / "bare-uttrekk" / "brreg"
    only.mkdir(parents=True)
    shutil.copy(mirror_no / "brreg" / "ringerike_3305_frivillighetsregisteret_2026-08-22.csv", only)
    messages = fetch.fetch_organisations(store, source_dir=only.parent)
    assert any("beholdt" in m for m in messages)
    assert load_register(store)[1]["version"] == meta["version"]
