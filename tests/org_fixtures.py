"""Fixtures for the organisation-register tests, built in code in Brreg's real field layout.

Units follow the real search-page record in ``shared/reference/brreg/enheter-search-page.json`` (field names,
nesting, ``_links``); the bulk file is written the way Brreg's Jackson writer pretty-prints ``/enheter/lastned``
(``[ {``, ``"key" : value``, ``}, {``, ``} ]``, arrays inline as ``[ "a", "b" ]``), gzip'd. Names, numbers and
addresses are made up (organisation numbers are valid mod 11 unless a test wants an invalid one).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pandas as pd

from registers.municipalities import MunicipalityIndex
from registers.store import Store

WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)


def orgnr(seq: int) -> str:
    """A valid organisation number (mod 11) for a running number."""
    base = 910_000_00 + seq * 13
    while True:
        digits = f"{base:08d}"
        rest = sum(int(d) * w for d, w in zip(digits, WEIGHTS, strict=True)) % 11
        check = 0 if rest == 0 else 11 - rest
        if check != 10:
            return digits + str(check)
        base += 1


def bad_orgnr(seq: int) -> str:
    good = orgnr(seq)
    return good[:8] + str((int(good[8]) + 1) % 10)


def address(kommunenummer: str | None, landkode: str = "NO", kommune: str = "KOMMUNE") -> dict[str, Any]:
    adr: dict[str, Any] = {"land": "Norge" if landkode == "NO" else "Sverige", "landkode": landkode,
                           "postnummer": "0169" if landkode == "NO" else "41104", "poststed": "STED",
                           "adresse": ["Gate 1", None, ""]}
    if kommunenummer:
        adr.update({"kommune": kommune, "kommunenummer": kommunenummer})
    return adr


def unit(nr: str, navn: str, forretning: dict[str, Any] | None = None, post: dict[str, Any] | None = None,
         frr: bool | None = True, form: str = "FLI", slettedato: str | None = None, reg_frr: str = "2015-03-02",
         stiftet: str = "1990-05-01", aktivitet: list[str] | None = None) -> dict[str, Any]:
    """One Enhetsregisteret unit in the v2 field layout (keys in the order Brreg writes them)."""
    if slettedato:  # a deleted unit: the reduced body the API returns (SlettetEnhet)
        return {"organisasjonsnummer": nr, "navn": navn,
                "organisasjonsform": {"kode": form, "beskrivelse": "Forening/lag/innretning"},
                "slettedato": slettedato,
                "_links": {"self": {"href": f"https://data.brreg.no/enhetsregisteret/api/enheter/{nr}"}}}
    u: dict[str, Any] = {
        "organisasjonsnummer": nr, "navn": navn,
        "organisasjonsform": {"kode": form, "beskrivelse": "Forening/lag/innretning", "_links": {"self": {
            "href": f"https://data.brreg.no/enhetsregisteret/api/organisasjonsformer/{form}"}}},
        "registreringsdatoEnhetsregisteret": "1995-02-20", "registrertIMvaregisteret": False,
        "naeringskode1": {"kode": "94.992", "beskrivelse": "Aktiviteter i andre medlemsorganisasjoner ellers"},
        "harRegistrertAntallAnsatte": False,
    }
    if post is not None:
        u["postadresse"] = post
    if forretning is not None:
        u["forretningsadresse"] = forretning
    u.update({"stiftelsesdato": stiftet,
              "institusjonellSektorkode": {"kode": "7000", "beskrivelse": "Ideelle organisasjoner"},
              "registrertIForetaksregisteret": False, "registrertIStiftelsesregisteret": False})
    if frr is not None:
        u["registrertIFrivillighetsregisteret"] = frr
    if frr:
        u["registreringsdatoFrivillighetsregisteret"] = reg_frr
    u.update({"konkurs": False, "underAvvikling": False, "underTvangsavviklingEllerTvangsopplosning": False,
              "maalform": "Bokmål", "aktivitet": aktivitet or ["Idrett og friluftsliv for barn og unge"],
              "_links": {"self": {"href": f"https://data.brreg.no/enhetsregisteret/api/enheter/{nr}"}}})
    return u


def frr_record(nr: str, categories: list[tuple[str, int]], first: str = "2012-01-01",
               status: str = "frivilligOrganisasjonsstatus.innfoert") -> dict[str, Any]:
    """One Frivillighetsregisteret record in the layout of the API spec (``icnpoKategorier`` with rekkefoelge)."""
    return {
        "organisasjonsnummer": nr, "frivilligOrganisasjonsstatus": status, "kontonummer": "12345678903",
        "innfoertDato": "2020-01-01", "foersteGangInnfoert": first,
        "grasrotandel": {"deltarI": True, "utestengelsesperiode": None},
        "icnpoKategorier": [{"kategori": f"ICNPOKategori.k{code}", "icnpoNummer": code, "navn": None,
                             "rekkefoelge": rank} for code, rank in categories],
        "paategninger": [],
        "_links": {"self": {"href": f"https://data.brreg.no/frivillighetsregisteret/api/frivillige-organisasjoner/"
                                    f"{nr}"}},
    }


# ---------------------------------------------------------------------- Jackson-style pretty printing
def _scalar(v: Any) -> str:
    return json.dumps(v, ensure_ascii=False)


def jackson(obj: Any, level: int = 0) -> str:
    """``obj`` pretty-printed like Jackson's DefaultPrettyPrinter (the layout of ``/enheter/lastned``)."""
    if isinstance(obj, dict):
        if not obj:
            return "{ }"
        pad = "  " * (level + 1)
        items = [f'{pad}{_scalar(k)} : {jackson(v, level + 1)}' for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + "  " * level + "}"
    if isinstance(obj, list):
        if not obj:
            return "[ ]"
        return "[ " + ", ".join(jackson(v, level) for v in obj) + " ]"
    return _scalar(obj)


def bulk_text(units: list[dict[str, Any]]) -> str:
    return jackson(units)


LAYOUTS = ("jackson", "indent2", "compact", "crlf")


def layout_text(units: list[dict[str, Any]], layout: str) -> str:
    """The same JSON array in one of four whitespace layouts: Jackson's ``}, {``, Python's ``indent=2``, one
    compact line, Jackson with CRLF line ends."""
    if layout == "jackson":
        return bulk_text(units)
    if layout == "indent2":
        return json.dumps(units, ensure_ascii=False, indent=2)
    if layout == "compact":
        return json.dumps(units, ensure_ascii=False, separators=(",", ":"))
    if layout == "crlf":
        return bulk_text(units).replace("\n", "\r\n")
    raise ValueError(layout)


def write_bulk(path: Path, units: list[dict[str, Any]], gz: bool = True, compact: bool = False,
               layout: str = "jackson") -> Path:
    text = layout_text(units, "compact" if compact else layout)
    data = text.encode("utf-8")
    path.write_bytes(gzip.compress(data) if gz else data)
    return path


def search_page(units: list[dict[str, Any]], pretty: bool = False) -> str:
    doc: dict[str, Any] = {}
    if units:
        doc["_embedded"] = {"enheter": units}
    doc["_links"] = {"self": {"href": "https://data.brreg.no/enhetsregisteret/api/enheter?"
                                      "registrertIFrivillighetsregisteret=true"}}
    doc["page"] = {"size": 20, "totalElements": len(units), "totalPages": 1 if units else 0, "number": 0}
    return jackson(doc) if pretty else json.dumps(doc, ensure_ascii=False)


def frr_page(records: list[dict[str, Any]], last: bool = True) -> dict[str, Any]:
    links: dict[str, Any] = {"self": {"href": "https://data.brreg.no/frivillighetsregisteret/api/"
                                              "frivillige-organisasjoner?size=100"}}
    if not last and records:
        links["next"] = {"href": "https://data.brreg.no/frivillighetsregisteret/api/frivillige-organisasjoner"
                                 f"?size=100&searchAfter={records[-1]['organisasjonsnummer']}"}
    return {"_embedded": {"frivilligeOrganisasjoner": records}, "_links": links}


# ---------------------------------------------------------------------- municipalities
MUNICIPALITIES = [
    # kommunenummer, kommunenavn, fylkesnummer, fylkesnavn, befolkning
    ("0301", "Oslo", "03", "Oslo", 717_710),
    ("3301", "Drammen", "33", "Buskerud", 103_291),
    ("3305", "Ringerike", "33", "Buskerud", 31_500),
    ("3310", "Hole", "33", "Buskerud", 7_000),
    ("3312", "Lier", "33", "Buskerud", 27_000),
    ("1508", "Ålesund", "15", "Møre og Romsdal", 58_000),
    ("1580", "Haram", "15", "Møre og Romsdal", 9_000),
    ("5001", "Trondheim", "50", "Trøndelag", 212_660),
    ("5501", "Tromsø", "55", "Troms", 78_745),
    ("1804", "Bodø", "18", "Nordland", 53_000),
    ("1812", "Sømna", "18", "Nordland", 1_900),
]
CHANGES = [
    # old_code, old_name, new_code, new_name, changed
    ("3005", "Drammen", "3301", "Drammen", "2024-01-01"),
    ("3007", "Ringerike", "3305", "Ringerike", "2024-01-01"),
    ("1507", "Ålesund", "1508", "Ålesund", "2024-01-01"),
    ("1507", "Ålesund", "1580", "Haram", "2024-01-01"),
    ("5401", "Tromsø", "5501", "Tromsø", "2024-01-01"),
    ("1804", "Bodø", "1804", "Bodø", "2024-01-01"),
]
NEIGHBOURS = [("3305", "3310"), ("3310", "3305"), ("3305", "3312"), ("3312", "3305"), ("3305", "3301"),
              ("3301", "3305"), ("3301", "3312"), ("3312", "3301"), ("3310", "3312"), ("3312", "3310")]


def municipalities_frame() -> pd.DataFrame:
    rows = [{"kommunenummer": k, "kommunenavn": n, "fylkesnummer": f, "fylkesnavn": fn, "befolkning": b,
             "befolkning_aar": 2024, "areal_km2": 100.0, "lat": 60.0, "lon": 10.0} for k, n, f, fn, b in
            MUNICIPALITIES]
    return pd.DataFrame(rows)


def changes_frame() -> pd.DataFrame:
    return pd.DataFrame(CHANGES, columns=["old_code", "old_name", "new_code", "new_name", "changed"])


def neighbours_frame() -> pd.DataFrame:
    return pd.DataFrame(NEIGHBOURS, columns=["kommunenummer", "nabo"])


def small_index() -> MunicipalityIndex:
    return MunicipalityIndex.from_frames(municipalities_frame(), changes_frame(), "no")


def small_store(root: Path) -> Store:
    """A data directory with the small municipality register (and code changes) above."""
    store = Store(root)
    meta = {"publisher": "test", "title": "test municipalities", "url": "https://example.invalid", "licence": "test",
            "retrieved": "2024-01-01T00:00:00+00:00", "code_vintage": "2024"}
    store.write_dataset("no", "municipalities", municipalities_frame(), meta)
    store.write_dataset("no", "code_changes", changes_frame(), meta)
    store.write_dataset("no", "neighbours", neighbours_frame(), meta)
    return store
