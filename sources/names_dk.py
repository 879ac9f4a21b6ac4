"""Danish municipality and region names: spelling variants by rule, for name resolution.

Danish place names reach the atlas in many spellings: the official DAWA name ("Aabenraa", "Høje-Taastrup"),
the pre-1948 or post-1948 spelling of *aa*/*å* ("Åbenrå", "Århus"), a space instead of a hyphen
("Høje Taastrup" in the 2014 DAGI file), the municipality's own style "X Kommune" or the genitive
"Xs Kommune" ("Københavns Kommune"), and ASCII transliterations typed on foreign keyboards ("Kobenhavn",
"Koebenhavn"). This module turns one official name into the set of normalised keys that should resolve to it.

Names typed by users (policy files, the profile search) are resolved by
:class:`registers.municipalities.MunicipalityIndex`, with the same rules for both countries; it takes only
:data:`DK_NAME_EXCEPTIONS` from here. The alias tables below match names in official Danish source files
(:mod:`sources.dk`) to codes.

Everything here is pure (no I/O). :func:`normalise_dk_name` must be applied to a query before it is looked up
among the keys produced by :func:`dk_name_variants`; both use the same normalisation. :func:`dk_alias_table`
builds the key -> code table for a whole register and sets aside keys that more than one municipality would
claim, so a variant can never silently pick the wrong municipality.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Mapping

# Real exceptions that no spelling rule produces, keyed by the official (DAWA) name. Each entry is a name in
# actual use for that municipality.
DK_NAME_EXCEPTIONS: dict[str, tuple[str, ...]] = {
    # The municipality's official name is "Bornholms Regionskommune" (DAWA gives "Bornholm").
    "Bornholm": ("Bornholms Regionskommune",),
    # The official names are already genitive; the bare forms are common in speech and in file names.
    "Nordfyns": ("Nordfyn",),
    "Vesthimmerlands": ("Vesthimmerland",),
    # English exonym (used in English-language reports).
    "København": ("Copenhagen",),
}

# Official English names of the five regions (used on the regions' own English pages), keyed by DAWA code.
DK_REGION_ENGLISH: dict[str, str] = {
    "1081": "North Denmark Region",
    "1082": "Central Denmark Region",
    "1083": "Region of Southern Denmark",
    "1084": "Capital Region of Denmark",
    "1085": "Region Zealand",
}

_DASHES = re.compile(r"[\-\u2010-\u2015\u2212_/]+")
_PUNCT = re.compile(r"[.,;:'\"()\[\]]+")
_SPACES = re.compile(r"\s+")
_GENITIVE_ENDINGS = ("s", "x", "z")
_SUFFIXES = ("kommune", "regionskommune")


def normalise_dk_name(text: object) -> str:
    """Fold a name for comparison: NFC, case-folded, hyphens/dashes/underscores and punctuation as spaces,
    runs of whitespace collapsed. ``"Høje-Taastrup"`` and ``" høje  taastrup "`` both give ``"høje taastrup"``."""
    s = unicodedata.normalize("NFC", str(text)).replace("\u00a0", " ").casefold()
    s = _DASHES.sub(" ", s)
    s = _PUNCT.sub(" ", s)
    return _SPACES.sub(" ", s).strip()


def _spellings(norm: str) -> set[str]:
    """The spelling variants of one normalised name: aa<->å and two ASCII transliterations."""
    parts = re.split(r"(aa|å)", norm)
    # Every combination of aa/å at each place where one of them occurs ("Aabenrå" as well as "Åbenrå").
    choices = [("aa", "å") if i % 2 else (part,) for i, part in enumerate(parts)]
    out = {"".join(combo) for combo in itertools.product(*choices)}
    for s in list(out):
        # The Danish ASCII convention (æ->ae, ø->oe, å->aa) and the bare one (letters stripped of marks).
        out.add(s.replace("æ", "ae").replace("ø", "oe").replace("å", "aa"))
        out.add(s.replace("æ", "ae").replace("ø", "o").replace("å", "a"))
    return {s for s in out if s}


def _with_suffixes(spelling: str) -> set[str]:
    """``x``, ``x kommune`` and the genitive ``xs kommune`` (no extra s after s/x/z)."""
    out = {spelling}
    if any(spelling.endswith(" " + suf) or spelling == suf for suf in _SUFFIXES):
        return out
    out.add(f"{spelling} kommune")
    if not spelling.endswith(_GENITIVE_ENDINGS):
        out.add(f"{spelling}s kommune")
    return out


def dk_name_variants(name: str) -> set[str]:
    """Every normalised key that should resolve to the municipality officially called ``name``.

    Rules: the name itself; *aa* <-> *å*; ASCII transliterations (æ/ø/å -> ae/oe/aa and ae/o/a); hyphen = space
    (through :func:`normalise_dk_name`); "X Kommune" and "Xs Kommune"; plus the names in
    :data:`DK_NAME_EXCEPTIONS`. ``dk_name_variants("Aabenraa")`` contains ``"åbenrå"`` and ``"aabenraa kommune"``.
    """
    bases = [name, *DK_NAME_EXCEPTIONS.get(name, ())]
    # Exceptions may also be keyed by a spelling that normalises to the official one.
    norm_name = normalise_dk_name(name)
    for key, extra in DK_NAME_EXCEPTIONS.items():
        if key != name and normalise_dk_name(key) == norm_name:
            bases.extend(extra)
    keys: set[str] = set()
    for base in bases:
        for spelling in _spellings(normalise_dk_name(base)):
            keys |= _with_suffixes(spelling)
    return keys


def dk_region_variants(name: str, code: str | None = None) -> set[str]:
    """Normalised keys for a region: "Region X" and "X" in every spelling, plus the official English name when
    ``code`` (DAWA "1081"-"1085") is given. ``dk_region_variants("Region Sjælland")`` contains ``"sjaelland"``."""
    norm = normalise_dk_name(name)
    bare = norm[len("region "):] if norm.startswith("region ") else norm
    bases = {bare, f"region {bare}"}
    if code and code in DK_REGION_ENGLISH:
        bases.add(normalise_dk_name(DK_REGION_ENGLISH[code]))
    keys: set[str] = set()
    for base in bases:
        keys |= _spellings(base)
    return keys


def dk_code(value: object) -> str | None:
    """A municipality code in DAWA form (4 digits, zero-padded) from any form in use: ``101``, ``"101"``,
    ``"0101"``, ``101.0`` (a spreadsheet number). ``None`` when ``value`` is not a code of at most 4 digits."""
    if value is None:
        return None
    if isinstance(value, float):
        if value != value or not value.is_integer():  # NaN or a fraction
            return None
        value = int(value)
    s = str(value).strip()
    if s.endswith(".0"):
        s = s[:-2]
    if not s.isdigit() or not 1 <= len(s) <= 4 or not s.isascii():
        return None
    return s.zfill(4)


def dk_region_code(value: object) -> str | None:
    """A region code in DAWA form ("1081"-"1085") from DAWA ("1084") or Statistics Denmark ("084", "84")
    form; ``None`` for anything else."""
    s = str(value).strip() if value is not None else ""
    if not s.isdigit() or not s.isascii():
        return None
    n = int(s)
    if 1081 <= n <= 1085:
        return str(n)
    if 81 <= n <= 85 and len(s) <= 3:
        return str(1000 + n)
    return None


def dk_alias_table(names: Mapping[str, str]) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Build ``key -> code`` for a whole register (``names``: code -> official name).

    Returns ``(table, ambiguous)``: a key that more than one municipality would claim is left out of ``table``
    and listed in ``ambiguous`` (key -> codes), so that the caller can answer "ambiguous" instead of guessing.
    """
    claims: dict[str, set[str]] = {}
    for code, name in names.items():
        for key in dk_name_variants(name):
            claims.setdefault(key, set()).add(code)
    table = {k: next(iter(v)) for k, v in claims.items() if len(v) == 1}
    ambiguous = {k: v for k, v in claims.items() if len(v) > 1}
    return table, ambiguous


def dk_region_alias_table(regions: Iterable[tuple[str, str]]) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Like :func:`dk_alias_table` for regions: ``regions`` yields (code, name); codes themselves are keys too
    ("1084", "084", "84")."""
    claims: dict[str, set[str]] = {}
    for code, name in regions:
        keys = dk_region_variants(name, code) | {code, code[1:], code[2:]}
        for key in keys:
            claims.setdefault(key, set()).add(code)
    table = {k: next(iter(v)) for k, v in claims.items() if len(v) == 1}
    ambiguous = {k: v for k, v in claims.items() if len(v) > 1}
    return table, ambiguous
