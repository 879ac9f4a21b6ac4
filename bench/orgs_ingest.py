"""Benchmark: ingest of a national-size Enhetsregisteret bulk file (``/enheter/lastned``) in four layouts.

Not a test. It generates the same 1 173 878 synthetic units (about 1.7 kB each, about 6 % with
``registrertIFrivillighetsregisteret : true``) as one gzip'd JSON array in four whitespace layouts - Jackson's
``}, {`` (Brreg's today), Python's ``indent=2``, compact on one line, Jackson with CRLF line ends - then, per layout
and in the same run, times

* ``gzip -dc FILE > /dev/null`` (the floor: nothing reads the file faster than it can be decompressed), right
  before
* the atlas ingest (:func:`sources.brreg.read_bulk`, DuckDB, + :func:`registers.organisations.build_register`) in a
  child process, so that its peak RSS (``ru_maxrss``) is its own,

and prints one line per layout with the ratio, the peak RSS and a digest of the register (every layout must give
the same). Target (issue 13): each layout within 1.5x ``gzip -dc`` and under 300 MB.

Usage::

    python bench/orgs_ingest.py                    # 1 173 878 units (generates bench/out/*.json.gz once, slow)
    python bench/orgs_ingest.py --units 200000     # a quicker run
    python bench/orgs_ingest.py --layouts compact  # one layout
    python bench/orgs_ingest.py --regenerate       # rebuild the files

The generated files are synthetic (made by this script, never shown in the atlas) and live in ``bench/out/``
(ignored by git). On a shared machine compare ratios, not seconds.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
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


LAYOUTS = ("jackson", "indent2", "compact", "crlf")
LAYOUT_NOTES = {"jackson": "}, { between records (Jackson)", "indent2": "Python indent=2 (},\\n  {)",
                "compact": "compact, one line", "crlf": "Jackson with CRLF line ends"}


def layout_record(text: str, layout: str) -> str:
    """One record (Jackson text) in ``layout``: the same JSON value, other whitespace."""
    if layout == "jackson":
        return text
    if layout == "crlf":
        return text.replace("\n", "\r\n")  # JSON strings cannot hold a raw newline, so only whitespace changes
    rec = json.loads(text)
    if layout == "compact":
        return json.dumps(rec, ensure_ascii=False, separators=(",", ":"))
    return "  " + json.dumps(rec, ensure_ascii=False, indent=2).replace("\n", "\n  ")


_OPEN = {"jackson": "[ ", "crlf": "[ ", "indent2": "[\n", "compact": "["}
_SEP = {"jackson": ", ", "crlf": ", ", "indent2": ",\n", "compact": ","}
_CLOSE = {"jackson": " ]", "crlf": " ]", "indent2": "\n]", "compact": "]"}


def bench_path(n_units: int, layout: str) -> Path:
    return OUT / f"enheter_bench_{n_units}_{layout}.json.gz"


def generate_bulk(path: str | os.PathLike[str], n_units: int = NATIONAL_UNITS, seed: int = 2026,
                  frr_share: float = FRR_SHARE, layouts: tuple[str, ...] = ("jackson",)) -> dict[str, int]:
    """Write ``n_units`` synthetic units as a gzip'd JSON array, once per layout; return counts.

    With one layout the file is ``path``; with several, ``path`` is a pattern holding ``{layout}``. Every layout
    holds the same units in the same order (same seed), so every ingest must give the same register.
    """
    rng = random.Random(seed)
    codes = _codes()
    paths = {lay: Path(str(path).format(layout=lay)) for lay in layouts}
    n_frr = 0
    gz = shutil.which("gzip")
    sinks, procs, raws = {}, [], []
    for lay, p in paths.items():
        p.parent.mkdir(parents=True, exist_ok=True)
        raw = open(p.with_suffix(".part"), "wb")
        raws.append(raw)
        proc = subprocess.Popen([gz, "-6", "-c"], stdin=subprocess.PIPE, stdout=raw) if gz else None
        if proc:
            procs.append(proc)
        sinks[lay] = proc.stdin if proc else gzip.open(raw, "wb", compresslevel=6)
    bufs: dict[str, list[str]] = {lay: [] for lay in layouts}
    first = True
    for lay in layouts:
        sinks[lay].write(_OPEN[lay].encode())
    for seq in range(n_units):
        frr = rng.random() < frr_share
        n_frr += frr
        text = _record(seq, frr, codes, rng)
        for lay in layouts:
            bufs[lay].append(layout_record(text, lay))
        if len(bufs[layouts[0]]) >= 2000 or seq == n_units - 1:
            for lay in layouts:
                sinks[lay].write(((_SEP[lay] if not first else "") + _SEP[lay].join(bufs[lay])).encode())
                bufs[lay] = []
            first = False
    for lay in layouts:
        sinks[lay].write((_CLOSE[lay] if n_units else "]").encode())
        sinks[lay].close()
    for proc in procs:
        proc.wait()
    for raw in raws:
        raw.close()
    for p in paths.values():
        os.replace(p.with_suffix(".part"), p)
    return {"units": n_units, "frr": n_frr, "bytes_gz": sum(p.stat().st_size for p in paths.values())}


def _child_ingest(path: str) -> None:
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
    read = read_bulk(path)
    t1 = time.perf_counter()
    reg = build_register(read, index)
    t2 = time.perf_counter()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    digest = hashlib.sha256(reg.frame.to_csv(index=False).encode()).hexdigest()[:16]
    print(json.dumps({"read_s": t1 - t0, "build_s": t2 - t1, "total_s": t2 - t0, "scanned": read.scanned,
                      "kept": len(reg.frame), "placed": int(reg.frame["kommunenummer"].ne("").sum()),
                      "method": read.method, "peak_rss_mb": usage.ru_maxrss / 1024, "register_sha": digest}))


def _gunzip_s(path: Path) -> float:
    t = time.perf_counter()
    with open(os.devnull, "wb") as null:
        subprocess.run([shutil.which("gzip") or "gzip", "-dc", str(path)], stdout=null, check=True)
    return time.perf_counter() - t


def _ingest(path: Path) -> dict[str, object] | None:
    out = subprocess.run([sys.executable, __file__, "--child", str(path)], capture_output=True, text=True,
                         check=False)
    if out.returncode != 0:
        sys.stderr.write(out.stderr)
        return None
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--units", type=int, default=NATIONAL_UNITS)
    ap.add_argument("--regenerate", action="store_true")
    ap.add_argument("--layouts", default=",".join(LAYOUTS), help="comma-separated, from " + ", ".join(LAYOUTS))
    ap.add_argument("--file", help="ingest this file instead of the generated ones")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        _child_ingest(args.child)
        return 0
    layouts = tuple(x for x in args.layouts.split(",") if x)
    if args.file:
        paths = {"file": Path(args.file)}
    else:
        paths = {lay: bench_path(args.units, lay) for lay in layouts}
        missing = tuple(lay for lay, p in paths.items() if args.regenerate or not p.exists())
        if missing:
            t = time.perf_counter()
            info = generate_bulk(str(OUT / f"enheter_bench_{args.units}_{{layout}}.json.gz"), args.units,
                                 layouts=missing)
            print(f"generated {len(missing)} file(s) of {info['units']} units ({info['frr']} in FRR) in "
                  f"{time.perf_counter() - t:.0f} s", flush=True)
    print(f"{'layout':9} {'MB gz':>6} {'gzip -dc':>9} {'ingest':>8} {'ratio':>6} {'peak RSS':>9}  register")
    ok, digests = True, set()
    for lay, path in paths.items():
        # gzip -dc right before the ingest of the same file, so both see the same machine load
        gunzip = _gunzip_s(path)
        res = _ingest(path)
        if res is None:
            return 1
        ratio = float(res["total_s"]) / gunzip  # type: ignore[arg-type]
        rss = float(res["peak_rss_mb"])  # type: ignore[arg-type]
        digests.add(res["register_sha"])
        ok = ok and ratio <= 1.5 and rss < 300
        print(f"{lay:9} {path.stat().st_size / 1e6:6.1f} {gunzip:8.2f}s {res['total_s']:7.2f}s {ratio:5.2f}x "
              f"{rss:7.0f} MB  {res['scanned']} units, {res['kept']} kept, {res['placed']} placed, "
              f"sha {res['register_sha']} (read {res['read_s']:.2f} s, build {res['build_s']:.2f} s)", flush=True)
    print(f"load average: {os.getloadavg()[0]:.1f} (two cores shared with other processes: compare ratios)")
    print("identical register in every layout:", "yes" if len(digests) == 1 else f"NO ({len(digests)} differ)")
    print("target (each layout <= 1.5x gzip -dc, < 300 MB):", "met" if ok and len(digests) == 1 else "NOT met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
