"""Benchmark: ingest of a national-size Enhetsregisteret bulk file (``/enheter/lastned``).

Not a test. It generates a file in the real layout - one gzip'd JSON array, pretty-printed the way Brreg's Jackson
writer does it (``[ {`` / ``"key" : value`` / ``}, {`` / ``} ]``), 1 173 878 units of about 1.7 kB each, about 6 %
with ``registrertIFrivillighetsregisteret : true`` - then, in the same run, times

* ``gzip -dc FILE > /dev/null`` (the floor: nothing can read the file faster than it can be decompressed), and
* the atlas ingest (:func:`sources.brreg.read_bulk` + :func:`registers.organisations.build_register`),
  in a child process so that its peak RSS (``ru_maxrss``) is its own,

and prints both with their ratio. Target on a 2-core machine: ingest within 3x the gunzip time, peak RSS < 1 GB.

Usage::

    python bench/orgs_ingest.py                 # 1 173 878 units (generates bench/out/enheter_bench.json.gz once)
    python bench/orgs_ingest.py --units 200000  # a quicker run
    python bench/orgs_ingest.py --regenerate    # rebuild the file

The generated file is synthetic (made by this script, never shown in the atlas) and lives in ``bench/out/`` (ignored
by git).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
OUT = HERE / "out"
NATIONAL_UNITS = 1_173_878
FRR_SHARE = 0.062  # 72 798 of 1 173 878 on 2026-09-11 (FORMATS.md §1a)

_WORDS = ("drift", "av", "forening", "idrett", "kultur", "for", "medlemmene", "samt", "annen", "virksomhet",
          "som", "naturlig", "hører", "sammen", "med", "dette", "Ålesund", "Tromsø", "Kárášjohka", "lokalmiljø",
          "utleie", "eiendom", "barn", "og", "unge", "fremme", "interesse", "{", "}", "[", "]", "\"sitat\"",
          "}, {", "\\", "æøå", "ÆØÅ", "'", ":", ",", "–", "é")
_FORMS = (("AS", "Aksjeselskap"), ("ENK", "Enkeltpersonforetak"), ("FLI", "Forening/lag/innretning"),
          ("STI", "Stiftelse"), ("ANS", "Ansvarlig selskap"), ("SA", "Samvirkeforetak"))
_NACE = (("94.992", "Aktiviteter i andre medlemsorganisasjoner ellers"), ("93.120", "Aktiviteter i idrettslag og "
         "-klubber"), ("68.209", "Utleie av egen eller leid fast eiendom ellers"), ("43.210", "Elektrisk "
         "installasjonsarbeid"), ("90.201", "Kunstnerisk virksomhet"))


def _codes() -> list[str]:
    """The 357 municipality codes of 2024, from the offline mirror if present, else a plausible stand-in list."""
    mirror = REPO.parent / "shared" / "mirror" / "no" / "population" / "derived"
    for path in sorted(mirror.glob("population_municip_b2024_*.csv")):
        codes = sorted({line.split(",")[0] for line in path.read_text(encoding="utf-8").splitlines()[1:] if line})
        if len(codes) > 300:
            return codes
    return [f"{c:04d}" for c in range(301, 301 + 357)]


def _s(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _addr(ind: str, code: str, rng: random.Random, country: str = "NO") -> str:
    pad = ind + "  "
    land = "Norge" if country == "NO" else "Sverige"
    lines = [f'{pad}"land" : "{land}"', f'{pad}"landkode" : "{country}"',
             f'{pad}"postnummer" : "{rng.randint(1, 9999):04d}"', f'{pad}"poststed" : "POSTSTED"',
             f'{pad}"adresse" : [ {_s("Gate " + str(rng.randint(1, 200)))} ]']
    if code:
        lines += [f'{pad}"kommune" : "KOMMUNE"', f'{pad}"kommunenummer" : "{code}"']
    return "{\n" + ",\n".join(lines) + "\n" + ind + "}"


def _token(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def _orgnr(seq: int) -> str:
    """A valid 9-digit organisation number (mod 11) derived from a running number."""
    weights = (3, 2, 7, 6, 5, 4, 3, 2)
    base = 800_000_00 + seq * 7
    while True:
        digits = f"{base:08d}"[-8:]
        rest = 11 - sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
        check = 0 if rest == 11 else rest
        if check != 10:
            return digits + str(check)
        base += 1


def _record(seq: int, frr: bool, codes: list[str], rng: random.Random) -> str:
    form = _FORMS[2] if frr else _FORMS[rng.randrange(len(_FORMS))]
    nace = _NACE[rng.randrange(2)] if frr else _NACE[rng.randrange(len(_NACE))]
    code = codes[rng.randrange(len(codes))]
    name = f"ORGANISASJON {seq}" if seq % 5000 else "<img src=x onerror=alert(1)> LAG"
    aktivitet = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(5, 33)))
    formaal = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(3, 18)))
    if seq % 977 == 0:  # the key as free text, as happens in the real file
        aktivitet += ' "registrertIFrivillighetsregisteret" : true'
    reg = f"{rng.randint(1995, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    stift = f"{rng.randint(1900, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    orgnr = _orgnr(seq)
    f = [f'  "organisasjonsnummer" : "{orgnr}"',
         f'  "navn" : {_s(name)}',
         '  "organisasjonsform" : {\n    "kode" : "' + form[0] + '",\n    "beskrivelse" : ' + _s(form[1])
         + ',\n    "_links" : {\n      "self" : {\n        "href" : '
         '"https://data.brreg.no/enhetsregisteret/api/organisasjonsformer/' + form[0] + '"\n      }\n    }\n  }',
         f'  "registreringsdatoEnhetsregisteret" : "{reg}"',
         f'  "registrertIMvaregisteret" : {"true" if rng.random() < 0.4 else "false"}',
         '  "naeringskode1" : {\n    "kode" : "' + nace[0] + '",\n    "beskrivelse" : ' + _s(nace[1]) + "\n  }",
         '  "harRegistrertAntallAnsatte" : true', f'  "antallAnsatte" : {rng.randint(0, 40)}',
         f'  "epostadresse" : "{_token(rng, 9)}@{_token(rng, 7)}.no"',
         f'  "telefon" : "{rng.randint(10_000_000, 99_999_999)}"',
         f'  "hjemmeside" : "www.{_token(rng, 12)}.no"']
    if rng.random() < 0.6:
        f.append('  "postadresse" : ' + _addr("  ", code if rng.random() < 0.8 else codes[rng.randrange(len(codes))],
                                                rng))
    if rng.random() < 0.85:
        abroad = rng.random() < 0.003
        f.append('  "forretningsadresse" : ' + _addr("  ", "" if abroad else code, rng, "SE" if abroad else "NO"))
    f += [f'  "stiftelsesdato" : "{stift}"',
          '  "institusjonellSektorkode" : {\n    "kode" : "7000",\n    "beskrivelse" : '
          '"Ideelle organisasjoner"\n  }',
          '  "registrertIForetaksregisteret" : false', '  "registrertIStiftelsesregisteret" : false',
          f'  "registrertIFrivillighetsregisteret" : {"true" if frr else "false"}']
    if frr:
        f.append(f'  "registreringsdatoFrivillighetsregisteret" : "{reg}"')
    f += ['  "sisteInnsendteAarsregnskap" : "2024"', '  "konkurs" : false', '  "underAvvikling" : false',
          '  "underTvangsavviklingEllerTvangsopplosning" : false', '  "maalform" : "Bokmål"',
          f'  "vedtektsdato" : "{reg}"', f'  "vedtektsfestetFormaal" : [ {_s(formaal)} ]',
          f'  "aktivitet" : [ {_s(aktivitet)}, {_s("og annet")} ]',
          '  "_links" : {\n    "self" : {\n      "href" : "https://data.brreg.no/enhetsregisteret/api/enheter/'
          + orgnr + '"\n    }\n  }']
    return "{\n" + ",\n".join(f) + "\n}"


def generate_bulk(path: str | os.PathLike[str], n_units: int = NATIONAL_UNITS, seed: int = 2026,
                  frr_share: float = FRR_SHARE) -> dict[str, int]:
    """Write a gzip'd, Jackson-pretty-printed JSON array of ``n_units`` synthetic units; return counts."""
    rng = random.Random(seed)
    codes = _codes()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".part")
    n_frr = 0
    gz = shutil.which("gzip")
    with open(tmp, "wb") as raw:
        proc = subprocess.Popen([gz, "-6", "-c"], stdin=subprocess.PIPE, stdout=raw) if gz else None
        sink = proc.stdin if proc else gzip.open(raw, "wb", compresslevel=6)
        assert sink is not None
        buf: list[str] = []
        first = True
        sink.write(b"[ ")
        for seq in range(n_units):
            frr = rng.random() < frr_share
            n_frr += frr
            buf.append(_record(seq, frr, codes, rng))
            if len(buf) >= 2000 or seq == n_units - 1:
                sink.write(((", " if not first else "") + ", ".join(buf)).encode())
                buf, first = [], False
        sink.write(b" ]" if n_units else b"]")
        sink.close()
        if proc:
            proc.wait()
    os.replace(tmp, path)
    return {"units": n_units, "frr": n_frr, "bytes_gz": path.stat().st_size}


def _child_ingest(path: str, force_ijson: bool = False) -> None:
    """Run in a child process: ingest the file, print a JSON line with counts and timings."""
    sys.path.insert(0, str(REPO))
    import pandas as pd

    from registers.municipalities import MunicipalityIndex
    from registers.organisations import build_register
    from sources.brreg import read_bulk

    codes = _codes()
    mun = pd.DataFrame({"kommunenummer": codes, "kommunenavn": codes, "fylkesnummer": [c[:2] for c in codes],
                        "fylkesnavn": [c[:2] for c in codes], "befolkning": 1000, "befolkning_aar": 2024,
                        "areal_km2": 1.0, "lat": 60.0, "lon": 10.0})
    index = MunicipalityIndex.from_frames(mun, None, "no")
    t0 = time.perf_counter()
    read = read_bulk(path, force_ijson=force_ijson)
    t1 = time.perf_counter()
    reg = build_register(read, index)
    t2 = time.perf_counter()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({"read_s": t1 - t0, "build_s": t2 - t1, "total_s": t2 - t0, "scanned": read.scanned,
                      "kept": len(reg.frame), "placed": int(reg.frame["kommunenummer"].ne("").sum()),
                      "method": read.method, "peak_rss_mb": usage.ru_maxrss / 1024}))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--units", type=int, default=NATIONAL_UNITS)
    ap.add_argument("--regenerate", action="store_true")
    ap.add_argument("--file", help="ingest this file instead of the generated one")
    ap.add_argument("--ijson", action="store_true", help="also time the ijson fallback path (slower)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--child-ijson", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        _child_ingest(args.child, args.child_ijson)
        return 0
    path = Path(args.file) if args.file else OUT / f"enheter_bench_{args.units}.json.gz"
    if not args.file and (args.regenerate or not path.exists()):
        t = time.perf_counter()
        info = generate_bulk(path, args.units)
        print(f"generated {path} ({info['units']} units, {info['frr']} in FRR, {info['bytes_gz'] / 1e6:.1f} MB gz) "
              f"in {time.perf_counter() - t:.0f} s", flush=True)
    gz = shutil.which("gzip")
    t = time.perf_counter()
    with open(os.devnull, "wb") as null:
        subprocess.run([gz, "-dc", str(path)], stdout=null, check=True)
    gunzip_s = time.perf_counter() - t
    results = []
    for flag in ([], ["--child-ijson"]) if args.ijson else ([],):
        out = subprocess.run([sys.executable, __file__, "--child", str(path), *flag], capture_output=True, text=True,
                             check=False)
        if out.returncode != 0:
            sys.stderr.write(out.stderr)
            return 1
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"file:           {path} ({path.stat().st_size / 1e6:.1f} MB gz)")
    print(f"gzip -dc:       {gunzip_s:6.1f} s")
    for res in results:
        print(f"ingest (total): {res['total_s']:6.1f} s = {res['total_s'] / gunzip_s:.2f} x gunzip  "
              f"(read {res['read_s']:.1f} s via {res['method']}, build {res['build_s']:.1f} s), "
              f"peak RSS {res['peak_rss_mb']:.0f} MB")
    res = results[0]
    print(f"units scanned:  {res['scanned']}, kept (FRR) {res['kept']}, placed {res['placed']}")
    print(f"load average:   {os.getloadavg()[0]:.1f} (other processes share the 2 cores; compare ratios, not seconds)")
    ok = res["total_s"] <= 3 * gunzip_s and res["peak_rss_mb"] < 1024
    print("target (<= 3x gunzip, < 1 GB):", "met" if ok else "NOT met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
