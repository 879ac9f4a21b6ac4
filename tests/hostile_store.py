"""A data directory whose every kind of outside text is hostile: municipality and county names, a policy file's
name, quality-checklist notes and links, organisation names, dataset provenance (title, publisher, url).

Built from a store fetched from the offline mirror (real geometry and registers), then changed the way a tampered
source file or a mischievous spreadsheet would change it. Used by ``tests/test_xss.py`` (AppTest) and
``tests/e2e/test_hostile_text.py`` (Chromium).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from registers import organisations, policies, quality
from registers.store import Store

IMG = "<img src=x onerror=alert(1)>"
SCRIPT = "<script>alert(2)</script>"
JS = "javascript:alert(3)"
MD_LINK = f"[klikk]({JS})"
HOSTILE_NAME = f"Oslo {IMG} {MD_LINK}"
HOSTILE_COUNTY = f"Oslo {SCRIPT}"
HOSTILE_FILE = f"{IMG}.csv"
# What must never appear raw in HTML a page sends to the browser.
RAW_MARKERS = ("<img src=x", "<script>alert", 'href="javascript:', "href='javascript:")


def orgnr(n: int) -> str:
    """A valid organisation number (mod 11) from an eight-digit stem."""
    stem = f"{n:08d}"
    rest = sum(int(d) * w for d, w in zip(stem, (3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
    check = 0 if rest == 0 else 11 - rest
    return stem + str(check) if check != 10 else orgnr(n + 1)


def _rewrite_dataset(s: Store, name: str, change) -> None:
    meta = s.read_meta("no", name)
    keep = {k: v for k, v in meta.items() if k not in ("sha256", "file", "rows", "bytes", "written", "dataset",
                                                        "country")}
    if meta["file"].endswith(".parquet"):
        payload, ext = change(s.read_frame("no", name)), None
    else:
        payload, ext = change(s.read_bytes("no", name)), meta["file"].rsplit(".", 1)[-1]
    s.write_dataset("no", name, payload, keep, ext)


def build(source_store: Path, root: Path) -> Path:
    """Copy ``source_store`` (a Norwegian store fetched from the mirror) to ``root`` and make its texts hostile."""
    shutil.copytree(source_store, root)
    s = Store(root)

    def names(df):
        df = df.copy()
        df.loc[df["kommunenummer"] == "0301", "kommunenavn"] = HOSTILE_NAME
        df.loc[df["kommunenummer"] == "0301", "fylkesnavn"] = HOSTILE_COUNTY
        return df

    def geo(data: bytes) -> bytes:
        doc = json.loads(data)
        for f in doc["features"]:
            if f["properties"].get("kommunenummer") == "0301":
                f["properties"]["kommunenavn"] = HOSTILE_NAME
        return json.dumps(doc, ensure_ascii=False).encode()

    _rewrite_dataset(s, "municipalities", names)
    _rewrite_dataset(s, "kommuner_geo", geo)
    meta = s.read_meta("no", "population")
    pop_meta = {k: v for k, v in meta.items() if k not in ("sha256", "file", "rows", "bytes", "written", "dataset",
                                                            "country")}
    pop_meta.update({"title": f"Befolkning {IMG}", "publisher": f"SSB {SCRIPT}", "url": JS,
                     "licence": f"CC BY 4.0 {IMG}"})
    s.write_dataset("no", "population", s.read_frame("no", "population"), pop_meta)

    index = policies.load_policy_index(s, "no")
    policy_csv = (f"kommunenummer;status;vedtatt;lenke\n0301;vedtatt;2019;https://example.org/politikk\n"
                  f"1804;vedtatt;2016;{JS}\n4601;under arbeid;;\n5001;nei;;\n").encode()
    policies.import_policies(s, policy_csv, file_name=HOSTILE_FILE, index=index)

    quality_csv = (f"Kommunenr;Bud 1;Kilde bud 1;Bud 2;Kilde bud 2;Bud 3;Kilde bud 3;Kommentar\n"
                   f"0301;x;{IMG};x;{JS};ja;https://example.org/\"onmouseover=alert(4);{IMG} {SCRIPT}\n"
                   f"1804;x;{MD_LINK};nei;;;;\n").encode()
    quality.import_quality(s, quality_csv, file_name=HOSTILE_FILE, index=index)

    units = [{"organisasjonsnummer": orgnr(91000000 + i), "navn": name, "registrertIFrivillighetsregisteret": True,
              "organisasjonsform": {"kode": "FLI"}, "forretningsadresse": {"kommunenummer": "0301"},
              "registreringsdatoFrivillighetsregisteret": "2020-01-01"}
             for i, name in enumerate([IMG, SCRIPT, MD_LINK, f"Lag {IMG}"])]
    page = json.dumps({"_embedded": {"enheter": units}, "page": {"totalElements": len(units)}}).encode()
    organisations.import_organisations(s, page, file_name=HOSTILE_FILE, index=index)
    return root
