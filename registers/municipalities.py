"""Municipality codes and names: map any code or name a user gives to the current (2024) municipality.

Advisers' spreadsheets mix vintages: 3-digit codes (``301``), 2020–2023 codes (``3001 Halden``), names with
"kommune", upper case, Sami and Kven parallel names, and same-named municipalities told apart only by county.
:class:`MunicipalityIndex` resolves all of these and says what it did (``Resolution.kind``) so that importers can
warn instead of guessing.

Names are matched exactly after one normalisation, the same for Norway and Denmark (:func:`normalise_name`): case
and spaces, the municipality word ("Kvam herad", "Bodø kommune", "Bornholms Regionskommune", the Danish genitive
"Københavns Kommune"), hyphen = space ("Aurskog Høland"), *aa* = *å* ("Aal", "Århus"); then, only when nothing
matched, without accents ("Kárásjohka") and with *ae*/*oe* read back as *æ*/*ø*. The county may follow the name
("Nes (Akershus)", "Nes i Akershus", "Nes, Akershus"). The countries differ only in data (the names, their
counties, :data:`NAME_EXCEPTIONS`). A name that still fits several municipalities is refused naming them; lossy
spellings ("Bodo") are never applied, only offered by :meth:`MunicipalityIndex.suggest`.

A code that split (``1507`` Ålesund -> ``1508`` Ålesund + ``1580`` Haram) is never given
to one side: it resolves to both candidates with ``kind="split"``.

Code mapping follows the KLASS change list forwards in time from 2017 (covering the 2018 Trøndelag, 2020 and
2024 reforms): ``0821`` Bø (Telemark) -> ``3817`` Midt-Telemark (2020) -> ``4020`` Midt-Telemark (2024).
"""

from __future__ import annotations

import difflib
import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from base.i18n import Msg
from sources.names_dk import DK_NAME_EXCEPTIONS

MAPPING_FROM = "2017-01-01"  # changes before this are not followed (codes were reused across older reforms)

# County codes used before 2024 and the 2024 counties that succeeded them (KLASS 104 Fylkesinndeling).
# Names for the pre-2020 counties are from KLASS 104 versions valid 2018-2019; 2020-2023 from Kartverket's 2020 file.
OLD_COUNTIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "01": ("Østfold", ("31",)), "02": ("Akershus", ("32",)), "04": ("Hedmark", ("34",)),
    "05": ("Oppland", ("34",)), "06": ("Buskerud", ("33",)), "07": ("Vestfold", ("39",)),
    "08": ("Telemark", ("40",)), "09": ("Aust-Agder", ("42",)), "10": ("Vest-Agder", ("42",)),
    "12": ("Hordaland", ("46",)), "14": ("Sogn og Fjordane", ("46",)), "19": ("Troms", ("55",)),
    "20": ("Finnmark", ("56",)), "30": ("Viken", ("31", "32", "33")),
    "38": ("Vestfold og Telemark", ("39", "40")), "54": ("Troms og Finnmark", ("55", "56")),
}
# Former counties per country (Denmark's five regions are unchanged since 2007).
FORMER_COUNTIES: dict[str, dict[str, tuple[str, tuple[str, ...]]]] = {"no": OLD_COUNTIES, "dk": {}}


@dataclass
class Resolution:
    """The outcome of a look-up. Exactly one code in ``codes`` means resolved; ``kind`` says how."""

    codes: list[str]
    kind: str  # exact | padded | old_code | name | old_name | split | ambiguous | unknown | invalid
    note: str = ""
    candidates: list[str] = field(default_factory=list)  # human-readable "0301 Oslo" for split/ambiguous

    @property
    def ok(self) -> bool:
        return len(self.codes) == 1

    @property
    def needs_warning(self) -> bool:
        """True when the result is right but the user should be told how it was reached."""
        return self.kind in ("old_code", "old_name")


# Words around a name that say "municipality" in the languages in use: bokmål/Danish "kommune" (also the Danish
# genitive "Xs Kommune" and "Bornholms Regionskommune"), nynorsk "herad" (Kvam herad, Ullensvang herad), English,
# and the Sami/Kven words of the parallel names.
_PREFIX_RE = re.compile(r"^(?:kommunen|kommune|municipality of)\s+")
_SUFFIX_RE = re.compile(r"\s+(?:regionskommune|kommune|kommunes|herad|heradet|municipality|kommuna|gielda|"
                        r"suohkan|tjielte|tjïelte|kunta)$")
_DASHES_RE = re.compile(r"[\-\u2010-\u2015\u2212]")
_PARALLEL_RE = re.compile(r"\s+[\-\u2010-\u2015\u2212]\s+")  # "Kárášjohka - Karasjok": the parallel-name separator


def _strip_words(text: str) -> tuple[str, bool]:
    """Case-folded, NFC, single-spaced text without the municipality word; True when a suffix was removed."""
    s = unicodedata.normalize("NFC", str(text)).replace("\u00a0", " ").casefold()
    s = re.sub(r"\s+", " ", s).strip(" .,;:")
    s = _PREFIX_RE.sub("", s)
    stripped = _SUFFIX_RE.sub("", s)
    return stripped, stripped != s


def _key(text: str) -> str:
    """Hyphen = space and *aa* = *å* on an already case-folded text."""
    s = _DASHES_RE.sub(" ", text)
    s = s.replace("aa", "å")
    return re.sub(r"\s+", " ", s).strip(" .,;:")


def normalise_name(text: str) -> str:
    """The exact look-up key of a name, the same for both countries and for index and query alike: case, spaces,
    hyphens (``"Aurskog Høland"`` = ``"Aurskog-Høland"``), *aa*/*å* (``"Aal"`` = ``"Ål"``, ``"Aarhus"`` =
    ``"Århus"``) and the municipality word (``"Kvam herad"``, ``"BODØ kommune"``) do not count."""
    return _key(_strip_words(text)[0])


def genitive_key(text: str) -> str | None:
    """``"Københavns Kommune"`` -> ``"københavn"``: the key without a genitive *s*, only when the name was written
    with a municipality word after it (the Danish form). None otherwise."""
    s, had_suffix = _strip_words(text)
    return _key(s[:-1]) if had_suffix and s.endswith("s") and len(s) > 2 else None


def fold_diacritics(text: str) -> str:
    """A looser key: drop combining marks (á->a, š->s) but keep æ/ø/å distinct from a/o (å -> å kept)."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in "æøåÆØÅ":
            out.append(ch)
            continue
        decomposed = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    return "".join(out)


def fold_transliteration(key: str) -> str:
    """The Nordic ASCII transliteration read back (*ae* = *æ*, *oe* = *ø*; *aa* = *å* is already in the exact key):
    ``"koebenhavn"`` = ``"københavn"``, ``"baerum"`` = ``"bærum"``. Reversible, so not a guess; the lossy forms
    (``"Kobenhavn"``, ``"Bodo"``) are not read this way but offered as suggestions (:func:`ascii_key`)."""
    return fold_diacritics(key).replace("ae", "æ").replace("oe", "ø")


def ascii_key(text: str) -> str:
    """A lossy key for suggestions only ("Mente du …?"): every letter reduced to a-z, ``"Bodo"`` ~ ``"Bodø"``."""
    s = fold_diacritics(normalise_name(text)).replace("æ", "ae").replace("ø", "o").replace("å", "a")
    return s.replace("oe", "o").replace("aa", "a")


def name_variants(name: str) -> set[str]:
    """All exact keys a municipality is known by: the full official name, without its county bracket, each part of
    a parallel (Sami, Kven, Norwegian) name alone, and the parts in any order (``"Rosse - Røros"``)."""
    raw = unicodedata.normalize("NFC", str(name)).strip()
    base = re.sub(r"\s*\([^)]*\)\s*", " ", raw).strip()  # "Våler (Østfold)" -> "Våler"
    parts = [p.strip() for p in _PARALLEL_RE.split(base) if p.strip()]
    keys = {normalise_name(raw), normalise_name(base), *(normalise_name(p) for p in parts)}
    if 1 < len(parts) <= 4:
        keys |= {normalise_name(" ".join(order)) for order in itertools.permutations(parts)}
    return keys - {""}


def split_county_hint(text: str) -> tuple[str, str | None]:
    """``"Våler (Østfold)"`` -> (``"Våler"``, ``"Østfold"``); a name without brackets -> (name, None)."""
    m = re.match(r"^(.*?)\s*\(([^)]*)\)\s*$", str(text).strip())
    return (m.group(1), m.group(2)) if m else (str(text), None)


_COUNTY_SPLIT_RE = re.compile(r"\s*,\s*|\s+i\s+", re.IGNORECASE)


def county_splits(text: str) -> list[tuple[str, str]]:
    """Every way to read ``text`` as a name followed by a county: ``"Nes i Akershus"``, ``"Nes, Akershus"``,
    ``"Herøy i Møre og Romsdal"`` -> [(name, county), ...]. The caller keeps only splits whose county it knows."""
    t = str(text).strip()
    return [(t[:m.start()], t[m.end():]) for m in _COUNTY_SPLIT_RE.finditer(t)
            if t[:m.start()].strip() and t[m.end():].strip()]


# Names in real use that no rule produces, per country, keyed by the official name (data, not rules).
NAME_EXCEPTIONS: dict[str, dict[str, tuple[str, ...]]] = {"no": {}, "dk": DK_NAME_EXCEPTIONS}


class NameKeys:
    """Name key -> codes in three tiers: exact keys (:func:`normalise_name`), then without accents
    (:func:`fold_diacritics`, "Kárásjohka" in SSB's Latin-1 files), then the ASCII transliteration read back
    (:func:`fold_transliteration`, "Koebenhavn").
    A looser tier is asked only when the stricter ones find nothing, so a loose key can never take a name from the
    municipality it exactly names; a key more than one code claims returns them all (the caller reports that)."""

    def __init__(self) -> None:
        self.tiers: tuple[dict[str, set[str]], ...] = ({}, {}, {})

    def add(self, code: str, name: str) -> None:
        for key in name_variants(name):
            for tier, k in zip(self.tiers, (key, fold_diacritics(key), fold_transliteration(key)), strict=True):
                tier.setdefault(k, set()).add(code)

    def _find(self, key: str) -> set[str]:
        for tier, k in zip(self.tiers, (key, fold_diacritics(key), fold_transliteration(key)), strict=True):
            if k in tier:
                return set(tier[k])
        return set()

    def find(self, text: str) -> set[str]:
        """Codes for a name as a user wrote it (also the genitive "Københavns Kommune")."""
        found = self._find(normalise_name(text))
        genitive = genitive_key(text)
        return found or (self._find(genitive) if genitive else set())

    def keys(self) -> set[str]:
        return set(self.tiers[0])


class MunicipalityIndex:
    """Look-ups over the municipality register of one country (and, for Norway, the KLASS code changes)."""

    def __init__(self, municipalities: pd.DataFrame, code_changes: pd.DataFrame | None = None,
                 country: str = "no", extra_variants: Iterable[tuple[str, str]] = ()) -> None:
        self.country = country
        self.frame = municipalities.set_index("kommunenummer", drop=False)
        self.valid_codes: set[str] = set(self.frame.index)
        self._names: dict[str, str] = dict(zip(self.frame["kommunenummer"], self.frame["kommunenavn"], strict=True))
        self._county_of = dict(zip(self.frame["kommunenummer"], self.frame["fylkesnummer"], strict=True))
        self.county_names = dict(zip(self.frame["fylkesnummer"], self.frame["fylkesnavn"], strict=False))
        self.code_changes = code_changes  # kept so importers can tell a merger from a renumbering
        self._forward = self._build_forward(code_changes) if code_changes is not None else {}
        self._old_names: dict[str, str] = {}
        if code_changes is not None and len(code_changes):
            recent = code_changes[code_changes["changed"] >= MAPPING_FROM]
            for r in recent.to_dict("records"):
                if r["old_code"]:
                    self._old_names.setdefault(r["old_code"], r["old_name"])
        # name key -> codes, in three tiers (exact, without accents, ASCII): current names and old (merged-away) names
        self._by_name = NameKeys()
        for code, name in self._names.items():
            self._by_name.add(code, name)
        for code, variant in extra_variants:
            self._by_name.add(code, variant)
        self._by_old_name = NameKeys()
        for old_code, old_name in self._old_names.items():
            if old_code not in self.valid_codes:
                self._by_old_name.add(old_code, old_name)
        self._county_keys = self._build_county_keys()
        self._suggest_pool: dict[str, set[str]] | None = None

    # ------------------------------------------------------------------ construction helpers
    @classmethod
    def from_frames(cls, municipalities: pd.DataFrame, code_changes: pd.DataFrame | None = None,
                    country: str = "no") -> MunicipalityIndex:
        extra: list[tuple[str, str]] = []
        if "navn_varianter" in municipalities.columns:
            for code, variants in zip(municipalities["kommunenummer"], municipalities["navn_varianter"], strict=True):
                extra.extend((code, v) for v in (variants if variants is not None else []))
        exceptions = NAME_EXCEPTIONS.get(country, {})
        for code, name in zip(municipalities["kommunenummer"], municipalities["kommunenavn"], strict=True):
            extra.extend((code, v) for v in exceptions.get(str(name), ()))
        return cls(municipalities, code_changes, country, extra)

    @classmethod
    def from_store(cls, store: object, country: str) -> MunicipalityIndex:
        mun = store.read_frame(country, "municipalities")  # type: ignore[attr-defined]
        changes = store.read_frame(country, "code_changes") if store.has(country, "code_changes") else None  # type: ignore[attr-defined]
        return cls.from_frames(mun, changes, country)

    def _build_forward(self, changes: pd.DataFrame) -> dict[str, set[str]]:
        """old code -> set of current codes, following changes in date order from MAPPING_FROM."""
        recent = changes[(changes["changed"] >= MAPPING_FROM) & (changes["old_code"] != "")
                         & (changes["new_code"] != "")]
        step: dict[str, dict[str, set[str]]] = {}
        for r in recent.sort_values("changed").to_dict("records"):
            if r["old_code"] != r["new_code"]:
                step.setdefault(r["changed"], {}).setdefault(r["old_code"], set()).add(r["new_code"])
        mapping: dict[str, set[str]] = {}
        for date in sorted(step):
            changes_at = step[date]
            for code, targets in mapping.items():
                new: set[str] = set()
                for t in targets:
                    new |= changes_at.get(t, {t})
                mapping[code] = new
            for old, targets in changes_at.items():
                mapping.setdefault(old, set(targets))
        return {old: {t for t in targets if t in self.valid_codes} for old, targets in mapping.items()}

    def _build_county_keys(self) -> dict[str, set[str]]:
        """County text -> county codes: names (also without "Region": "Hovedstaden"), codes, and former counties of
        this country (:data:`OLD_COUNTIES`, data) mapped to their successors."""
        keys: dict[str, set[str]] = {}
        for code, name in self.county_names.items():
            short = re.sub(r"(?i)^region\s+", "", str(name))
            for key in name_variants(name) | name_variants(short) | {code, code.lstrip("0")}:
                keys.setdefault(key, set()).add(code)
        for old, (name, successors) in FORMER_COUNTIES.get(self.country, {}).items():
            for key in name_variants(name) | {old, old.lstrip("0")}:
                keys.setdefault(key, set()).update(successors)
        return keys

    # ------------------------------------------------------------------ look-ups
    def name_of(self, code: str) -> str:
        return self._names.get(code, code)

    def label(self, code: str) -> str:
        return f"{code} {self.name_of(code)}"

    def suggest(self, text: str, limit: int = 3) -> list[str]:
        """Codes of municipalities whose names are close to a name that did not resolve, for "Mente du …?": the
        same letters without the Nordic ones first (``"Bodo"`` -> 1804 Bodø, ``"Kobenhavn"`` -> 0101 København),
        else close spellings. Never applied, only offered."""
        if self._suggest_pool is None:
            pool: dict[str, set[str]] = {}
            for code, name in self._names.items():
                for key in name_variants(name):
                    pool.setdefault(ascii_key(key), set()).add(code)
            self._suggest_pool = pool
        query = ascii_key(split_county_hint(str(text))[0])
        if not query:
            return []
        hits = self._suggest_pool.get(query) or set()
        if not hits:
            for close in difflib.get_close_matches(query, list(self._suggest_pool), n=limit, cutoff=0.75):
                hits |= self._suggest_pool[close]
        return sorted(hits)[:max(limit, 2)]

    def counties_for(self, county: str | None) -> set[str] | None:
        """County codes a user's county text stands for (old county names map to their successors)."""
        if county is None or not str(county).strip():
            return None
        raw = str(county).strip()
        key = normalise_name(re.sub(r"(?i)\s*(fylke|fylkeskommune)$", "", raw))
        if raw.isdigit():
            key = raw.zfill(2)
        return self._county_keys.get(key) or self._county_keys.get(fold_diacritics(key)) or set()

    def _label_with_county(self, code: str) -> str:
        label, county = self.label(code), self.county_names.get(self._county_of[code], "")
        return label if not county or label.endswith(")") else f"{label} ({county})"

    def map_code(self, code: str) -> list[str]:
        """Current code(s) for any code: itself if current, its successor(s) if it changed since 2017, else []."""
        c = str(code).strip()
        if c.isdigit() and len(c) == 3:
            c = c.zfill(4)
        if c in self.valid_codes:
            return [c]
        return sorted(self._forward.get(c, set()))

    def resolve_code(self, raw: str) -> Resolution:
        text = str(raw).strip()
        if text.endswith(".0") and text[:-2].isdigit():  # a spreadsheet stored the code as a number
            text = text[:-2]
        if not text.isdigit():
            return Resolution([], "invalid", Msg("muni.not_a_code", raw=raw))
        if len(text) > 4 or len(text) < 3:
            return Resolution([], "invalid", Msg("muni.code_length", raw=raw, n=len(text)))
        code = text.zfill(4)
        if code in self.valid_codes:
            return Resolution([code], "exact" if len(text) == 4 else "padded")
        targets = sorted(self._forward.get(code, set()))
        old = self._old_names.get(code, "")
        if len(targets) == 1:
            return Resolution(targets, "old_code",
                              Msg("muni.old_code", code=code, old=old, target=self.label(targets[0])))
        if len(targets) > 1:
            cands = [self.label(t) for t in targets]
            return Resolution(targets, "split", Msg("muni.code_split", code=code, old=old, cands_list=cands),
                              cands)
        return Resolution([], "unknown", Msg("muni.unknown_code", code=code))

    def resolve_name(self, raw: str, county: str | None = None) -> Resolution:
        """Resolve a name as written, with the county given in its own column (``county``) or in the name itself:
        ``"Nes (Akershus)"``, ``"Nes i Akershus"``, ``"Nes, Akershus"``. The whole text is tried first, so a name
        containing " i " or a comma is never cut; a cut is tried only where the rest is a county this country has."""
        text = str(raw)
        given = county if county is not None and str(county).strip() else None
        name, hint = split_county_hint(text)
        attempts = [(name, given or hint)]
        if hint is None:
            attempts += [(n, given or c) for n, c in county_splits(text) if self.counties_for(c)]
        first: Resolution | None = None
        for name, cty in attempts:
            res = self._resolve_name(name, cty)
            if res.kind != "unknown":
                return res
            first = first or res
        assert first is not None
        return first

    def _resolve_name(self, name: str, county: str | None) -> Resolution:
        allowed = self.counties_for(county)
        current = self._by_name.find(name)
        if allowed is not None and county:
            filtered = {c for c in current if self._county_of[c] in allowed}
            if current and not filtered:
                filtered = set()
            current = filtered
        if len(current) == 1:
            return Resolution(sorted(current), "name")
        if len(current) > 1:
            cands = [self._label_with_county(c) for c in sorted(current)]
            return Resolution(sorted(current), "ambiguous",
                              Msg("muni.ambiguous", name=name.strip(), cands_list=cands), cands)
        # a municipality merged away or renamed: map its old code(s) forwards
        old_codes = self._by_old_name.find(name)
        targets: dict[str, set[str]] = {}
        for oc in old_codes:
            for t in self._forward.get(oc, set()):
                targets.setdefault(t, set()).add(oc)
        if allowed is not None and county:
            old_county_ok = {t: ocs for t, ocs in targets.items()
                             if self._county_of[t] in allowed or any(oc[:2] in (county.zfill(2),) for oc in ocs)}
            targets = old_county_ok
        if len(targets) == 1:
            (target, ocs), = targets.items()
            olds = ", ".join(f"{oc} {self._old_names.get(oc, '')}" for oc in sorted(ocs))
            return Resolution([target], "old_name",
                              Msg("muni.old_name", name=name.strip(), olds=olds, target=self.label(target)))
        if len(targets) > 1:
            cands = [self.label(t) for t in sorted(targets)]
            return Resolution(sorted(targets), "split",
                              Msg("muni.name_split", name=name.strip(), cands_list=cands), cands)
        return Resolution([], "unknown", Msg("muni.unknown_name_in", name=name.strip(), county=county) if county
                          else Msg("muni.unknown_name", name=name.strip()))

    def resolve(self, code: str | None = None, name: str | None = None, county: str | None = None) -> Resolution:
        """Resolve by code when one is given (checking a given name against it), else by name."""
        has_code = code is not None and str(code).strip() not in ("", "nan", "None")
        if has_code:
            return self.resolve_code(str(code))
        if name is not None and str(name).strip():
            return self.resolve_name(str(name), county)
        return Resolution([], "unknown", Msg("muni.nothing_given"))
