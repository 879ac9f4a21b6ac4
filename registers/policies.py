"""The policy register: which municipalities have a volunteer policy, from the spreadsheets advisers keep.

There is no open national dataset. Frivillighet Norge's map uses three states with explicit criteria, and so does
this register (``status``):

* ``adopted`` - a policy (a plan, white paper/melding or declaration with measures), developed in dialogue with
  local organisations and politically adopted by the council;
* ``in_progress`` - one is being developed (including a draft out for consultation);
* ``none`` - the municipality has none.

A municipality that is not in the file has *no data* ("ingen data" on the map) - that is not the same as ``none``.
The seeds add what a *good* policy and process look like, recorded when the file says so: developed in dialogue
with local organisations (``dialogue``), cross-sectoral rather than one department's (``cross_sectoral``), which of
Frivillighet Norge's ten "frivillighetspolitiske bud" it covers (``bud``), and the year it was last revised (bud 2:
"Frivillighetspolitikken bør revurderes ved nytt kommunestyre").

One code path serves the command line, the upload on the Data page and the table editor:
:func:`read_policy_file` (bytes -> table) -> :func:`validate_policies` (table -> register + report, no side
effects) -> :func:`save_policy_register` (under the store lock, only when there are no errors).
:func:`import_policies` chains them. Every problem is a :class:`~base.errors.Problem` naming file, row,
column and value in plain bokmål.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from base.errors import AtlasError, Problem, excerpt
from base.i18n import Msg, OrList
from registers.store import Store, frame_to_parquet_bytes, now_iso, sha256_bytes
from sources.tabular import Table, match_columns, normalise_header, read_table, read_table_source, shown_columns

REGISTER = "policies"
COUNTRIES = ("no", "dk")
STATUSES = ("adopted", "in_progress", "none")
NO_DATA = "no_data"  # used by coverage and maps for municipalities missing from the register
MIN_YEAR = 1980  # the first municipal volunteer white papers are from the 1990s; earlier years are typing errors
BUD_COUNT = 10

REGISTER_COLUMNS = (
    "kommunenummer", "kommunenavn", "status", "adopted_year", "revised_year", "document_url", "dialogue",
    "cross_sectoral", "bud", "source_row", "source_name", "note", "demo",
    # the year of an "in progress" status (work began, a draft), never an adoption year; and which years the file
    # gave as approximate ("ca. 2014", "2017-18"), shown as "ca." - registers saved before these have none of them
    "status_year", "adopted_year_approx", "revised_year_approx", "status_year_approx",
)
YEAR_APPROX_COLUMNS = ("adopted_year_approx", "revised_year_approx", "status_year_approx")

COUNTRY_NAMES = {"no": "Norge", "dk": "Danmark"}
CODE_VINTAGE = {"no": "kommuneinndeling 2024 (357 kommuner)", "dk": "kommuneinddeling 2007 (98 kommuner)"}

# ------------------------------------------------------------------------------------------------ vocabularies
# Status words in bokmål, nynorsk where it differs, English and Danish. Keys are compared after normalise_header
# (case, diacritics and punctuation ignored; "æ"->"ae", "ø"->"o", "å"->"a"). Frivillighet Norge's traffic-light
# colours and the status codes of the mirror's named-municipality list are included.
_STATUS_WORDS: dict[str, tuple[str, ...]] = {
    "adopted": (
        # nb / nn
        "vedtatt", "vedteke", "vedtatt politikk", "vedtatt frivillighetspolitikk", "vedtatt frivillighetsmelding",
        "vedtatt plan", "vedtatt melding", "har vedtatt", "ja", "har", "har politikk", "har frivillighetspolitikk",
        "har frivilligheitspolitikk", "frivillighetspolitikk", "politikk", "revidert", "rullert", "under revisjon",
        "under rullering", "gjeldende", "gjeldande", "grønn", "godkjent",
        # en
        "adopted", "yes", "has policy", "has a policy", "policy", "policy adopted", "in force", "revised",
        "under revision", "approved", "green", "has_policy", "true",
        # da
        "vedtaget", "vedtaget politik", "har frivilligpolitik", "har politik", "frivilligpolitik", "revideret",
        "under revision", "gældende", "grøn", "godkendt",
    ),
    "in_progress": (
        "under arbeid", "under utarbeiding", "under utarbeidelse", "under utvikling", "i arbeid", "i prosess",
        "prosess", "påbegynt", "pågår", "startet", "på høring", "på høyring", "høring", "høyring", "til høring",
        "utkast", "forslag", "gul",
        "in progress", "in_progress", "in process", "in_process", "being developed", "under development",
        "in development", "draft", "consultation", "yellow", "started", "ongoing",
        "under udarbejdelse", "under udvikling", "i gang", "igangsat", "påbegyndt", "i høring", "udkast",
        "forslag i høring",
    ),
    "none": (
        "nei", "ingen", "ingen politikk", "ingen frivillighetspolitikk", "har ikke", "har ikkje", "ikke", "ikkje",
        "ikke vedtatt", "mangler", "rød",
        "none", "no", "no policy", "not adopted", "red", "no_policy_known", "no policy known", "false",
        "nej", "ingen politik", "ingen frivilligpolitik", "ikke vedtaget", "har ingen",
    ),
}
# Words that say "we do not know": the row is skipped (the municipality stays "ingen data") with a warning.
_UNKNOWN_WORDS = (
    "", "ukjent", "vet ikke", "veit ikkje", "uklart", "usikker", "ikke kjent", "ingen data", "mangler data",
    "unknown", "unclear", "n a", "na", "not known", "no data", "tbd",
    "ved ikke", "ukendt", "uafklaret", "uvist", "ingen oplysninger",
)

_YES_WORDS = ("ja", "j", "yes", "y", "true", "sant", "sann", "1", "x", "jo")
_NO_WORDS = ("nei", "n", "no", "false", "usant", "usann", "0", "nej", "ingen", "ikke", "ikkje")
_YES_MARKS = ("✓", "✔", "☑", "☒", "✅", "+")
_NO_MARKS = ("✗", "✘", "☐", "-", "–", "—")

COLUMN_SYNONYMS: dict[str, tuple[str, ...]] = {
    "code": (
        "kommunenummer", "kommunenr", "kommune nr", "knr", "kommunekode", "kommune kode", "kommunenummer 2024",
        "kommunenr 2024", "komnr", "kommune id", "kommuneid", "nummer", "nr", "kode", "kode 2024",
        "municipality code", "municipality number", "municipality no", "municipality id", "code",
        "kommunekode 2024", "komkode", "kommunekoden", "kommunenummer_2024", "lau", "lau code",
    ),
    "name": (
        "kommunenavn", "kommune", "kommunens navn", "navn", "kommune navn", "kommunenavn 2024", "kommunenamn",
        "municipality", "municipality name", "name", "kommunens navn 2024", "kommunenavn_2024",
    ),
    "county": (
        "fylke", "fylkesnavn", "fylkesnummer", "fylkenr", "fylkesnr", "fylke nr", "fylkenavn", "county",
        "county name", "county code", "region", "regionsnavn", "regionnavn", "regionskode", "regionkode",
        "fylkesnummer 2024", "fylke 2024",
    ),
    "status": (
        "status", "frivillighetspolitikk", "har frivillighetspolitikk", "frivilligheitspolitikk",
        "status frivillighetspolitikk", "frivillighetspolitikk status", "politikk", "har politikk", "tilstand",
        "policy", "policy status", "volunteer policy", "has policy", "volunteering policy", "status policy",
        "frivilligpolitik", "har frivilligpolitik", "frivillighedspolitik", "har frivillighedspolitik",
        "status frivilligpolitik", "politik",
    ),
    "adopted_year": (
        "vedtatt", "vedtaksår", "vedtatt år", "år vedtatt", "vedtaksdato", "vedtatt dato", "dato vedtatt",
        "vedtatt i", "vedtaksaar", "år for vedtak", "vedteke", "vedtaksår frivillighetspolitikk",
        "adopted", "adopted year", "year adopted", "adoption year", "year of adoption", "adopted_year",
        "adoption date", "date adopted",
        "vedtaget", "vedtagelsesår", "år vedtaget", "vedtaget år", "vedtagelse", "vedtagelsesdato", "dato vedtaget",
    ),
    "revised_year": (
        "revidert", "revidert år", "sist revidert", "siste revisjon", "revisjonsår", "revisjon", "år revidert",
        "sist rullert", "rullert", "revidert dato",
        "revised", "last revised", "revision year", "last revision", "revised year", "revised_year",
        "year revised", "revision",
        "revideret", "senest revideret", "sidst revideret", "revisionsår", "revision år", "seneste revision",
    ),
    "document_url": (
        "lenke", "link", "url", "dokument", "dokumentlenke", "lenke til dokument", "lenke til politikk",
        "nettadresse", "nettside", "dokument url", "lenke dokument",
        "document", "document url", "document link", "link to document", "web", "webpage", "document_url",
        "dokumentlink", "link til dokument", "hjemmeside", "webadresse",
    ),
    "dialogue": (
        "dialog", "i dialog", "utviklet i dialog", "dialog med frivilligheten", "dialog med frivillige",
        "utarbeidet i dialog", "dialog med lag og foreninger", "medvirkning", "i dialog med frivilligheten",
        "dialogue", "developed in dialogue", "in dialogue", "dialogue with local organisations",
        "dialogue with organisations", "dialogue with local organizations", "dialogue with organizations",
        "udviklet i dialog", "dialog med foreninger", "dialog med frivillige", "udarbejdet i dialog", "inddragelse",
    ),
    "cross_sectoral": (
        "tverrsektoriell", "tverrsektorielt", "tverrsektoriel", "på tvers av sektorer", "tverrfaglig",
        "sektorovergripende", "cross sectoral", "cross-sectoral", "crosssectoral", "cross_sectoral",
        "cross sector", "tværgående", "tværsektoriel", "tværsektoriell", "på tværs af forvaltninger",
        "tværgående politik",
    ),
    "status_year": (
        "status_year", "statusår", "år for status", "status år", "år status", "startår", "år startet",
        "arbeid startet", "arbeidet startet", "utkast år", "år for utkast", "status year", "year of status",
        "year started", "år påbegyndt", "påbegyndt år", "statusår frivillighetspolitikk",
    ),
    "adopted_year_approx": ("adopted_year_approx", "vedtaksår omtrentlig", "vedtaksår ca", "adopted year approximate"),
    "revised_year_approx": ("revised_year_approx", "revisjonsår omtrentlig", "revisjonsår ca",
                            "revised year approximate"),
    "status_year_approx": ("status_year_approx", "statusår omtrentlig", "statusår ca", "status year approximate"),
    "bud": (
        "bud", "frivillighetspolitiske bud", "dekker bud", "bud dekket", "bud som dekkes", "ti bud", "budene",
        "hvilke bud", "bud nr", "commandments", "commandments covered", "bud covered", "ten commandments",
        "bud (1-10)", "bud 1-10",
    ),
}
_BUD_COLUMN_RE = re.compile(r"^(?:frivillighetspolitisk(?:e)? )?(?:bud|commandment)(?: nr)? ?(\d{1,2})$")

# Register fields other tools may write into an exported register: accepted on re-import, not required.
_IGNORED_REGISTER_COLUMNS = ("source_row", "source_name", "note", "demo", "kommunenavn_offisielt")


def _words(pairs: dict[str, tuple[str, ...]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for status, words in pairs.items():
        for w in words:
            out.setdefault(normalise_header(w), status)
    return out


STATUS_WORDS: dict[str, str] = _words(_STATUS_WORDS)
UNKNOWN_WORDS: frozenset[str] = frozenset(normalise_header(w) for w in _UNKNOWN_WORDS)
YES_WORDS: frozenset[str] = frozenset(normalise_header(w) for w in _YES_WORDS)
NO_WORDS: frozenset[str] = frozenset(normalise_header(w) for w in _NO_WORDS)
STATUS_LABELS_NB = {"adopted": "vedtatt", "in_progress": "under arbeid", "none": "ingen", NO_DATA: "ingen data"}


def status_word_examples() -> str:
    """The accepted status words, shortened, for messages."""
    return Msg("policy.status_examples")


def parse_status(text: str) -> tuple[str | None, int | None, bool]:
    """``(status, year_in_text, known)``. ``status`` None with ``known`` True means "no information" (skip the row);
    ``known`` False means the word is not recognised. ``"Vedtatt 2019"`` -> ``("adopted", 2019, True)``."""
    status, year, _, known = parse_status_year(text)
    return status, year, known


# Words between a status word and its year: "vedtatt i 2019", "under arbeid siden 2022", "vedtatt ca. 2014".
_STATUS_YEAR_LINK_RE = re.compile(
    r"(?i)[\s,:;(]*(?:\b(?:i|in|år|ar|siden|sidan|fra|frå|since|from|fra og med|startet|begynt|påbegynt|ca|c|cirka|"
    r"circa|omkring|rundt|omtrent|før|innen|inden|senest|before|about|around|etter|efter|after)\.?|[~≈])\s*$")


def parse_status_year(text: str) -> tuple[str | None, int | None, bool, bool]:
    """``(status, year_in_text, year_approximate, known)``: :func:`parse_status` that also says whether the year in
    the status text is approximate. ``"Vedtatt ca. 2014"`` -> ``("adopted", 2014, True, True)``;
    ``"Under arbeid siden 2022"`` -> ``("in_progress", 2022, False, True)``."""
    raw = text.strip()
    status, known = _parse_status_word(raw)
    if known or not raw:
        return status, None, False, known
    m = _YEAR_RE.search(raw)
    if not m:
        return None, None, False, False
    head, tail = raw[:m.start()], raw[m.start():]
    while True:
        link = _STATUS_YEAR_LINK_RE.search(head)
        if not link or not link.group(0).strip() or not head[:link.start()].strip():
            break
        head, tail = head[:link.start()], head[link.start():] + tail
    head = head.strip(" ,:;(")
    status, known = _parse_status_word(head) if head else (None, False)
    year, approx, why = read_year(tail.strip(" ,:;()").replace("(", " ").replace(")", " "))
    if not known or status is None or why or year is None:
        return None, None, False, False
    return status, year, approx, True


def _parse_status_word(raw: str) -> tuple[str | None, bool]:
    """A status word alone (no year): ``(status, known)``."""
    if raw in _YES_MARKS:
        return "adopted", True
    if raw in _NO_MARKS and raw not in ("-", "–", "—"):  # a dash in a status column means "not known"
        return "none", True
    key = normalise_header(raw)
    if key in STATUS_WORDS:
        return STATUS_WORDS[key], True
    if key in UNKNOWN_WORDS:
        return None, True
    # a yes/no column ("Har frivillighetspolitikk": x / 1 / ✓ / 0)
    yes, known = parse_yes_no(raw)
    if known and yes is not None:
        return ("adopted" if yes else "none"), True
    return None, False


def parse_yes_no(text: str) -> tuple[bool | None, bool]:
    """``(value, known)``: ``"Ja"`` -> (True, True); ``""`` -> (None, True); ``"kanskje"`` -> (None, False)."""
    raw = text.strip()
    if raw == "":
        return None, True
    if raw in _YES_MARKS:
        return True, True
    if raw in _NO_MARKS:
        return False, True
    key = normalise_header(raw)
    if key in YES_WORDS:
        return True, True
    if key in NO_WORDS:
        return False, True
    return None, False


_YEAR_RE = re.compile(r"(?<!\d)(1[89]\d\d|2\d\d\d)(?!\d)")
# Words that make a year approximate: "ca. 2014", "~2017", "før 2019", "omkring 2010", "before 2019".
_APPROX_RE = re.compile(r"(?i)(?:^|(?<=\s)|(?<=\())(?:ca|c|cirka|circa|ca\s*\.|omkring|rundt|omtrent|ungefær|"
                        r"about|around|approx|approximately|før|innen|inden|senest|seinast|before|by|etter|efter|"
                        r"after|tidligst|earliest)\.?(?=\s|\d|$)|[~≈]")
# A range of years: "2017-18", "2006–2011", "2017/18", "2006 til 2011"; its first year is read.
_RANGE_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*(?:[-–—/]|\s(?:til|to)\s)\s*(\d{4}|\d{2})(?![\d.\-/])")
# A date or month: "2019-03-12", "12.03.2019", "2019-03" (the second number a month: not a range).
_DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)|(?<!\d)\d{1,2}[./]\d{1,2}[./]((?:19|20)\d\d)")


def read_year(text: str) -> tuple[int | None, bool, str | None]:
    """A year from a cell, and whether the cell gives it as approximate: ``(year, approximate, reason)``.

    Exact: ``2019``, ``2019.0``, ``2019-03-12``, ``12.03.2019``, ``mars 2019``, ``2019-03`` (a month).
    Approximate: ``ca. 2014``, ``~2017``, ``før 2019``, ``omkring 2010`` and ranges ``2017-18``, ``2006–2011``,
    ``2017/18`` (the first year is read; ``YYYY-NN`` is a range when NN is above the year's last two digits, else a
    month). Refused (``(None, False, reason)``): two unrelated years, numbers that are no year. Range checks against
    today are done by the caller."""
    raw = text.strip()
    if raw == "":
        return None, False, None
    if re.match(r"[-\u2212\u2013]\s*\d", raw):  # "-2019" is not 2019 (a minus sign is never part of a year)
        return None, False, Msg("year.negative")
    if re.fullmatch(r"\d{4}\.0+", raw):
        raw = raw.split(".")[0]
    approx = bool(_APPROX_RE.search(raw))
    rest = raw
    dates = list(_DATE_RE.finditer(rest))
    date_years = {int(m.group(1) or m.group(4)) for m in dates}
    for m in dates:
        rest = rest.replace(m.group(0), " ")
    m = _RANGE_RE.search(rest)
    if m:
        first, end = int(m.group(1)), m.group(2)
        last = int(end) if len(end) == 4 else None
        if last is None and int(end) > first % 100:
            last = first - first % 100 + int(end)
        if last is not None:
            if last <= first:
                return None, False, Msg("policy.why.backwards", first=first, last=last)
            rest = rest.replace(m.group(0), " ")
            date_years.add(first)
            approx = True
    years = sorted(date_years | {int(y) for y in _YEAR_RE.findall(rest)})
    if len(years) == 1:
        return years[0], approx, None
    if len(years) > 1:
        return None, False, Msg("policy.why.several_years_approx", years=", ".join(map(str, years)))
    if re.fullmatch(r"\d{5}", raw):
        return None, False, Msg("policy.why.excel_date")
    if re.fullmatch(r"\d+", raw):
        return None, False, Msg("policy.why.not_four_digits")
    return None, False, Msg("policy.why.not_a_year")


def parse_year(text: str) -> tuple[int | None, str | None]:
    """``(year, reason)`` from a cell, without saying whether it is approximate (see :func:`read_year`)."""
    year, _, why = read_year(text)
    return year, why


def parse_bud(text: str) -> tuple[list[int], str | None]:
    """Which of the ten bud a cell lists: ``"1, 2, 6"``, ``"1-4 og 8"``, ``"alle"`` -> numbers, or a reason."""
    raw = text.strip()
    if raw == "":
        return [], None
    key = normalise_header(raw)
    if key in ("alle", "all", "alle ti", "all ten", "alle 10", "all 10"):
        return list(range(1, BUD_COUNT + 1)), None
    if key in ("ingen", "none", "0"):
        return [], None
    cleaned = re.sub(r"(?i)\b(bud|nr|no|og|and|samt|commandments?)\b\.?", " ", raw)
    if re.search(r"[^\d\s,;/+&\-–—.]", cleaned):
        return [], Msg("policy.why.bud_numbers")
    numbers: set[int] = set()
    for part in re.split(r"[,;/+&\s]+", cleaned.replace(".", " ")):
        if not part:
            continue
        m = re.fullmatch(r"(\d+)\s*[-–—]\s*(\d+)", part)
        if m:
            lo, hi = int(m.group(1)), int(m.group(2))
            if lo > hi:
                return [], Msg("policy.why.bud_backwards", part=part)
            numbers.update(range(lo, hi + 1))
        elif part.isdigit():
            numbers.add(int(part))
        else:
            return [], Msg("policy.why.bud_numbers")
    bad = sorted(n for n in numbers if not 1 <= n <= BUD_COUNT)
    if bad:
        return [], Msg("policy.why.bud_unknown", numbers=", ".join(map(str, bad)), count=BUD_COUNT)
    return sorted(numbers), None


def bud_list(value: object) -> list[int]:
    """The register's ``bud`` cell (``"1,2,6"``) as a list of numbers."""
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA:
        return []
    return [int(x) for x in str(value).split(",") if x.strip().isdigit()]


def clean_url(text: str) -> tuple[str | None, str | None]:
    """``(url, warning)``. Only http(s) web addresses are kept; ``www.x.no`` gets ``https://``; anything else
    (``javascript:``, ``file:``, a path, free text) is dropped with a warning."""
    from urllib.parse import urlsplit

    raw = text.strip()
    if raw == "":
        return None, None
    if re.match(r"(?i)^www\.", raw):
        raw = "https://" + raw
        fixed = True
    else:
        fixed = False
    try:
        parts = urlsplit(raw)
    except ValueError:
        return None, Msg("policy.why.url_invalid")
    if parts.scheme.lower() not in ("http", "https"):
        return None, Msg("policy.why.url_scheme")
    host = parts.hostname or ""
    if "." not in host or re.search(r"\s", raw) or any(c in raw for c in "<>\"'`"):
        return None, Msg("policy.why.url_invalid")
    return raw, (Msg("policy.why.url_fixed") if fixed else None)


# ------------------------------------------------------------------------------------------------ report
@dataclass
class ValidationReport:
    """What validation found, shown before anything is written (Data page) or printed (command line)."""

    file_name: str
    country: str
    rows_read: int = 0
    read_as: str = ""
    columns: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    status_counts: dict[str, int] = field(default_factory=dict)
    municipalities_total: int = 0
    skipped_rows: list[int] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def ok(self) -> bool:
        return not self.errors

    def error(self, message: str, row: int | None = None, column: str | None = None, value: str | None = None) -> None:
        self.problems.append(Problem(message, self.file_name, row, column, value, "error"))

    def warn(self, message: str, row: int | None = None, column: str | None = None, value: str | None = None) -> None:
        self.problems.append(Problem(message, self.file_name, row, column, value, "warning"))

    def to_frame(self) -> pd.DataFrame:
        """One row per problem (errors first) with plain column names, for a table on the Data page."""
        rows = [{"alvor": "feil" if p.severity == "error" else "advarsel", "rad": p.row, "kolonne": p.column,
                 "verdi": p.value, "melding": p.message} for p in self.errors + self.warnings]
        return pd.DataFrame(rows, columns=["alvor", "rad", "kolonne", "verdi", "melding"])

    def summary(self) -> str:
        """One plain paragraph: rows read, statuses found, errors and warnings."""
        c = self.status_counts
        parts = [Msg("report.rows_read", n=self.rows_read, file=excerpt(self.file_name, 160))]
        if self.read_as:
            parts[0] += Msg("report.read_as", how=self.read_as)
        if c:
            parts.append(Msg("report.status_counts", adopted=c.get("adopted", 0), in_progress=c.get("in_progress", 0),
                             none=c.get("none", 0)))
            if self.municipalities_total:
                covered = sum(c.get(s, 0) for s in STATUSES)
                parts.append(Msg("report.no_data_for", n=self.municipalities_total - covered,
                                 total=self.municipalities_total))
        parts.append(Msg("report.counts", errors=len(self.errors), warnings=len(self.warnings)))
        return Msg.join(*parts, sep="; ") + "."

    def as_error(self) -> AtlasError:
        n = len(self.errors)
        msg = Msg("report.refused", n=n)
        return AtlasError(msg, problems=list(self.problems), file=self.file_name)


# ------------------------------------------------------------------------------------------------ validation
@dataclass
class _Row:
    row: int
    code: str
    status: str
    adopted_year: int | None
    revised_year: int | None
    document_url: str | None
    dialogue: bool | None
    cross_sectoral: bool | None
    bud: list[int]
    source_name: str
    note: str
    column: str | None = None
    years: _Years = field(default_factory=lambda: _Years())

    def payload(self) -> tuple[Any, ...]:
        return (self.status, self.adopted_year, self.revised_year, self.document_url, self.dialogue,
                self.cross_sectoral, tuple(self.bud), self.years.status_year,
                (self.years.adopted_approx, self.years.revised_approx, self.years.status_approx))


_PAYLOAD_LABELS = ("status", "vedtaksår", "revidert år", "lenke", "dialog", "tverrsektoriell", "bud", "statusår",
                   "omtrentlige år")


@dataclass
class _Years:
    """The years of one row: adoption, revision and (for *in progress*) the year of that status, each possibly
    approximate ("ca. 2014")."""

    adopted: int | None = None
    revised: int | None = None
    status_year: int | None = None
    adopted_approx: bool = False
    revised_approx: bool = False
    status_approx: bool = False


def _row_years(rec: dict[str, Any], cols: dict[str, str], row: int, rep: ValidationReport, status: str | None,
               status_txt: str, year_in_status: int | None, status_approx: bool, today: dt.date) -> _Years | None:
    """Read and check the years of one row; errors and warnings go to ``rep`` with row and column. None when the row
    has an error here.

    An *in progress* row with a year in the adoption-year column keeps it as the year of that status (when the work
    began, or of a draft) with a warning, never as an adoption year. Approximate years ("ca. 2014", "2017-18",
    "før 2019") are read as their (first) year, marked approximate and reported as warnings."""
    n_errors = len(rep.errors)
    status_col = cols["status"]
    cells: dict[str, tuple[str | None, str]] = {
        fld: (cols.get(fld), _cell(rec, cols.get(fld))) for fld in ("adopted_year", "revised_year", "status_year")}
    labels = {"adopted_year": Msg("policy.label.adopted_year"), "revised_year": Msg("policy.label.revised_year"),
              "status_year": Msg("policy.label.status_year")}
    read: dict[str, tuple[int | None, bool]] = {}
    for fld, (col, txt) in cells.items():
        year, approx, why = read_year(txt)
        if why:
            rep.error(Msg("policy.err.year_reason", label=labels[fld], why=why), row, col, txt)
        flag_col = cols.get(f"{fld}_approx")
        flag, ok = parse_yes_no(_cell(rec, flag_col))
        if not ok:
            rep.error(Msg("policy.err.approx_flag"), row, flag_col,
                      _cell(rec, flag_col))
        read[fld] = (year, approx or bool(flag and year is not None))
    y = _Years(read["adopted_year"][0], read["revised_year"][0], read["status_year"][0], read["adopted_year"][1],
               read["revised_year"][1], read["status_year"][1])
    # where each year came from, for messages: (column, cell text)
    origin = {fld: cells[fld] for fld in cells}
    if year_in_status is not None:
        if status == "adopted":
            if y.adopted is not None and y.adopted != year_in_status:
                rep.error(Msg("policy.err.status_year_differs", status_year=year_in_status, adopted=y.adopted), row,
                          status_col,
                          status_txt)
            else:
                y.adopted, y.adopted_approx = year_in_status, y.adopted_approx or status_approx
                origin["adopted_year"] = (status_col, status_txt)
        elif status == "in_progress":
            if y.status_year is not None and y.status_year != year_in_status:
                rep.error(Msg("policy.err.status_vs_status_year", status_year=year_in_status, year=y.status_year),
                          row, status_col, status_txt)
            else:
                y.status_year, y.status_approx = year_in_status, y.status_approx or status_approx
                origin["status_year"] = (status_col, status_txt)
    if status == "in_progress" and y.adopted is not None:
        col, txt = origin["adopted_year"]
        if y.status_year is not None and y.status_year != y.adopted:
            rep.error(Msg("policy.err.in_progress_two_years", status_year=y.status_year, adopted=y.adopted), row,
                      col, txt)
        else:
            if origin["adopted_year"][0] != status_col:
                rep.warn(Msg("policy.warn.in_progress_year", year=_year_text(y.adopted, y.adopted_approx)), row,
                         col, txt)
            y.status_year, y.status_approx = y.adopted, y.adopted_approx or y.status_approx
            origin["status_year"] = origin["adopted_year"]
        y.adopted, y.adopted_approx = None, False
    if y.status_year is not None and status not in ("in_progress", None):
        col, txt = origin["status_year"]
        rep.error(Msg("policy.err.status_year_only_in_progress"), row, col, txt)
    for fld, year in (("adopted_year", y.adopted), ("revised_year", y.revised), ("status_year", y.status_year)):
        col, _ = origin[fld]
        if year is None:
            continue
        if year > today.year:
            rep.error(Msg("policy.err.future_year", label=labels[fld], year=year, today=today.isoformat()), row,
                      col or status_col, str(year))
        elif year < MIN_YEAR:
            rep.error(Msg("policy.err.too_early_year", label=labels[fld], year=year, min_year=MIN_YEAR), row,
                      col or status_col,
                      str(year))
    if y.adopted is not None and y.revised is not None and y.revised < y.adopted:
        rep.error(Msg("policy.err.revised_before_adopted", revised=y.revised, adopted=y.adopted), row,
                  cols.get("revised_year"), str(y.revised))
    if status == "none" and (y.adopted is not None or y.revised is not None):
        what = Msg("policy.word.adopted_year") if y.adopted is not None else Msg("policy.word.revised_year")
        rep.error(Msg("policy.err.status_none_with_year", what=what), row, status_col, status_txt)
    if status == "in_progress" and y.revised is not None:
        rep.error(Msg("policy.err.in_progress_revised"), row, status_col, status_txt)
    for fld, year, approx in (("adopted_year", y.adopted, y.adopted_approx), ("revised_year", y.revised,
                                                                              y.revised_approx),
                              ("status_year", y.status_year, y.status_approx)):
        col, txt = origin[fld]
        if year is not None and approx and txt.strip() and not re.fullmatch(r"\s*\d{4}\s*", txt):
            rep.warn(Msg("policy.warn.approx_year", label=labels[fld], text=txt.strip(), shown=_year_text(year, True),
                         year=year), row, col, txt)
    return None if len(rep.errors) > n_errors else y


def _year_text(year: int, approximate: bool) -> str:
    """``2014`` or ``ca. 2014`` / ``c. 2014`` in the reader's language."""
    return Msg("year.approx", year=year) if approximate else str(year)


def year_label(year: int, approximate: bool) -> str:
    """``2014`` or ``ca. 2014`` (bokmål; the pages use the catalogue's ``year.approx``)."""
    return f"ca. {year}" if approximate else str(year)
_COMBINED_RE = re.compile(r"^(?:K-)?(\d{3,5})\s*[-–:]?\s+(\S.*)$")


def _split_municipality_cell(text: str) -> tuple[str, str]:
    """``"0301 Oslo"`` / ``"K-0301 Oslo"`` -> (code, name); ``"301"`` -> (code, ""); ``"Oslo"`` -> ("", name)."""
    t = text.strip()
    if t.endswith(".0") and t[:-2].isdigit():
        t = t[:-2]
    if re.fullmatch(r"(?:K-)?\d+", t):
        return t.removeprefix("K-"), ""
    m = _COMBINED_RE.match(t)
    if m:
        return m.group(1), m.group(2)
    return "", t


class Lineage:
    """Where old codes went, to tell a renumbering or a rename (the same municipality under a new code or name:
    mapped with a warning) from a merger (a municipality merged away: its policy is not the new municipality's,
    so the row is refused with the successor named).

    Public because every register keyed by municipality and imported from a user's file (policies here, the
    quality register in :mod:`registers.quality`) must treat old codes and names the same way; build one per import
    and pass it to :func:`resolve_row` for each row.

    A code was merged away when, at its first change since 2017, other municipalities with other names moved into
    the same new code on the same day (KLASS lists the continuing municipality too, e.g. 5001 Trondheim -> 5001
    on 2020-01-01 beside 5030 Klæbu -> 5001). Without the change list (``index.code_changes``), any old code whose
    name differs from today's is treated as merged away (refused, never silently mapped). Denmark has no code
    changes since 2007, so nothing applies there.
    """

    def __init__(self, index: Any) -> None:
        self.index = index
        self.changes: pd.DataFrame | None = getattr(index, "code_changes", None)
        self.old_names: dict[str, str] = dict(getattr(index, "_old_names", {}) or {})
        self._first: dict[str, tuple[str, str]] = {}
        self._arrivals: dict[tuple[str, str], list[tuple[str, str]]] = {}
        if self.changes is not None and len(self.changes):
            ch = self.changes[self.changes["changed"] >= "2017-01-01"].sort_values("changed")
            for old, old_name, new, date in zip(ch["old_code"], ch["old_name"], ch["new_code"], ch["changed"],
                                                strict=True):
                if not old or not new:
                    continue
                self.old_names.setdefault(old, old_name)
                self._arrivals.setdefault((date, new), []).append((old, old_name))
                if old != new:
                    self._first.setdefault(old, (date, new))

    def merged_away(self, old_code: str, target: str) -> bool:
        """True when ``old_code`` was a municipality with another name that joined others to form ``target``."""
        old_name = self.old_names.get(old_code, "")
        if not old_name or _same_name(old_name, self.index.name_of(target)):
            return False
        if self.changes is None:
            return True
        step = self._first.get(old_code)
        if step is None:
            return True
        return any(oc != old_code and not _same_name(name, old_name) for oc, name in self._arrivals.get(step, []))

    def old_codes_named(self, name: str, target: str) -> list[str]:
        """Old codes that went by ``name`` and now lie in ``target``."""
        from registers.municipalities import name_variants, split_county_hint

        keys = name_variants(split_county_hint(name)[0])
        return sorted(oc for oc, n in self.old_names.items()
                      if oc not in self.index.valid_codes and name_variants(n) & keys
                      and target in self.index.map_code(oc))


def _same_name(a: str, b: str) -> bool:
    from registers.municipalities import name_variants

    return bool(name_variants(a) & name_variants(b))


def _suggest(index: Any, name: str) -> str:
    """" Mente du «Bodø»?" for a name that did not resolve (suggested, never applied)."""
    shown = [index.name_of(c) for c in index.suggest(name)]
    if not shown:
        return ""
    return Msg("row.did_you_mean", note="", names=OrList(f"«{s}»" for s in shown))


def resolve_row(index: Any, lineage: Lineage, rep: ValidationReport, row: int, cols: dict[str, str],
                code_txt: str, name_txt: str, county_txt: str) -> tuple[str | None, str]:
    """The 2024 code for one row of an imported file (or None after reporting an error) and a note for the register.

    ``code_txt``, ``name_txt`` and ``county_txt`` are the row's municipality cells (either may hold ``"0301 Oslo"``);
    ``cols`` maps the roles ``code``, ``name`` and ``county`` to the file's column names, so that every error or
    warning added to ``rep`` names the row, column and value. Old codes and names go through ``lineage``: a
    renumbered or renamed municipality is mapped with a warning, one merged away is refused, as is a code split in
    2024 unless the name picks one successor. Public so that the policy and quality imports resolve rows by the same
    rules and report them with the same words.
    """
    code_col, name_col = cols.get("code"), cols.get("name")
    # a "Kommune" column may hold "0301 Oslo" or a bare code; a code column may hold "0301 Oslo"
    if code_txt:
        c, n = _split_municipality_cell(code_txt)
        code_txt, name_txt = c or code_txt, name_txt or n
        where_code = code_col
    else:
        where_code = name_col
    if not code_txt and name_txt:
        c, n = _split_municipality_cell(name_txt)
        if c:
            code_txt, name_txt, where_code = c, n, name_col
    if code_txt:
        r = index.resolve_code(code_txt)
        if r.kind in ("invalid", "unknown"):
            rep.error(r.note, row, where_code, code_txt)
            return None, ""
        if r.kind == "split":
            if name_txt:
                rn = index.resolve_name(name_txt, county_txt or None)
                if rn.ok and rn.codes[0] in r.codes:
                    others = ", ".join(index.label(c) for c in r.codes if c != rn.codes[0])
                    note = Msg("row.split_by_name", note=r.note, target=index.label(rn.codes[0]), name=name_txt,
                               others=others)
                    rep.warn(note, row, where_code, code_txt)
                    return rn.codes[0], note
            rep.error(Msg("row.split_write_code", note=r.note), row, where_code,
                      code_txt)
            return None, ""
        code = r.codes[0]
        note = ""
        if r.kind == "old_code":
            old_name = lineage.old_names.get(code_txt.zfill(4), "")
            if lineage.merged_away(code_txt.zfill(4), code):
                rep.error(Msg("row.merged_away", old_code=code_txt.zfill(4), old_name=old_name,
                              target=index.label(code), target_name=index.name_of(code), code=code), row,
                          where_code, code_txt)
                return None, ""
            note = r.note
            rep.warn(r.note, row, where_code, code_txt)
        if name_txt:
            rn = index.resolve_name(name_txt, county_txt or None)
            if rn.ok and rn.codes[0] != code and rn.kind == "name":
                rep.error(Msg("row.code_name_differ", code=code_txt, by_code=index.label(code), name=name_txt,
                              by_name=index.label(rn.codes[0])), row, name_col or where_code, name_txt)
                return None, ""
            if rn.kind == "unknown":
                rep.warn(Msg("row.name_unknown_code_used", name=name_txt, target=index.label(code)), row,
                         name_col or where_code, name_txt)
        if county_txt:
            allowed = index.counties_for(county_txt)
            fylke = str(getattr(index, "_county_of", {}).get(code) or index.frame.loc[code, "fylkesnummer"])
            if allowed is not None and fylke not in allowed:
                rep.warn(Msg("row.not_in_county", target=index.label(code), county=county_txt), row,
                         cols.get("county"), county_txt)
        return code, note
    if name_txt:
        rn = index.resolve_name(name_txt, county_txt or None)
        if rn.ok and rn.kind == "name":
            return rn.codes[0], ""
        if rn.kind == "old_name" and not any(lineage.merged_away(oc, rn.codes[0])
                                             for oc in lineage.old_codes_named(name_txt, rn.codes[0])):
            note = Msg("row.renamed", name=name_txt, target=index.label(rn.codes[0]))
            rep.warn(note, row, name_col, name_txt)  # renamed, not merged: the same municipality
            return rn.codes[0], note
        if rn.kind == "old_name":
            rep.error(Msg("row.old_name_merged", note=rn.note, code=rn.codes[0], name=index.name_of(rn.codes[0])),
                      row, name_col, name_txt)
            return None, ""
        if rn.kind in ("ambiguous", "split"):
            rep.error(rn.note, row, name_col, name_txt)
            return None, ""
        rep.error(rn.note + _suggest(index, name_txt), row, name_col, name_txt)
        return None, ""
    return None, ""


def _cell(rec: dict[str, Any], col: str | None) -> str:
    if col is None:
        return ""
    v = rec.get(col)
    if v is None or (isinstance(v, float) and np.isnan(v)) or v is pd.NA:
        return ""
    return str(v).strip()


def _bud_columns(columns: Iterable[str]) -> dict[int, str]:
    out: dict[int, str] = {}
    for col in columns:
        m = _BUD_COLUMN_RE.match(normalise_header(col))
        if m and 1 <= int(m.group(1)) <= BUD_COUNT:
            out.setdefault(int(m.group(1)), col)
    return out


def is_policy_header(cells: list[str]) -> bool:
    """True for a row that names a municipality column (used to find the header below title lines)."""
    mapping, _ = match_columns([c for c in cells if c], {k: COLUMN_SYNONYMS[k] for k in ("code", "name")})
    return bool(mapping)


def empty_register() -> pd.DataFrame:
    """An empty register with the right columns and dtypes."""
    return _frame([])


def _frame(records: list[dict[str, Any]]) -> pd.DataFrame:
    df = pd.DataFrame(records, columns=list(REGISTER_COLUMNS))
    df["kommunenummer"] = df["kommunenummer"].astype("string")
    df["kommunenavn"] = df["kommunenavn"].astype("string")
    df["status"] = df["status"].astype("string")
    for c in ("adopted_year", "revised_year", "source_row", "status_year"):
        df[c] = pd.array(df[c].tolist(), dtype="Int64")
    for c in YEAR_APPROX_COLUMNS:
        df[c] = pd.array([bool(v) if v is not None and v is not pd.NA and v == v else False for v in df[c]],
                         dtype="bool")
    for c in ("dialogue", "cross_sectoral"):
        df[c] = pd.array(df[c].tolist(), dtype="boolean")
    for c in ("document_url", "bud", "source_name", "note"):
        df[c] = df[c].astype("string")
    df["demo"] = df["demo"].astype(bool)
    return df.reset_index(drop=True)


def validate_policies(df: pd.DataFrame, index: Any, file_name: str, country: str = "no",
                      today: dt.date | None = None, read_as: str = "") -> tuple[pd.DataFrame, ValidationReport]:
    """Check a table read from a user's file and build the register from it. No side effects.

    ``df`` holds strings; its index is the row number the user sees (see :func:`sources.tabular.read_table`).
    ``index`` is a :class:`~registers.municipalities.MunicipalityIndex` for ``country``. ``today`` bounds the years
    (default: the current date). Returns ``(register, report)``; the register holds the rows that passed and is
    only to be saved when ``report.ok``.
    """
    if country not in COUNTRIES:
        raise AtlasError(Msg("policy.err.unknown_country", country=country))
    today = today or dt.date.today()
    rep = ValidationReport(file_name=file_name, country=country, rows_read=len(df), read_as=read_as,
                           municipalities_total=len(index.valid_codes))
    cols, dup_problems = match_columns(df.columns, COLUMN_SYNONYMS, file_name)
    rep.problems.extend(dup_problems)
    bud_cols = _bud_columns(df.columns)
    rep.columns = dict(cols)
    if bud_cols:
        rep.columns.update({f"bud {n}": c for n, c in sorted(bud_cols.items())})
    shown_cols = shown_columns(df.columns) if len(df.columns) else Msg("policy.err.no_columns")
    if "code" not in cols and "name" not in cols:
        rep.error(Msg("policy.err.no_municipality_column", columns=shown_cols))
    if "status" not in cols:
        hint = ""
        year_col = cols.get("adopted_year")
        if year_col is not None:
            values = [str(v) for v in df[year_col].tolist() if str(v).strip()]
            wordy = [v for v in values if parse_status(v)[0] is not None and parse_year(v)[0] is None]
            if values and len(wordy) * 2 >= len(values):
                hint = Msg("policy.err.status_in_year_column", column=excerpt(year_col, 40),
                           example=excerpt(wordy[0], 40))
        rep.error(Msg("policy.err.no_status_column", examples=status_word_examples(), columns=shown_cols) + hint,
                  column=year_col if hint else None)
    if not rep.ok:
        return empty_register(), rep

    lineage = Lineage(index)
    rows: list[_Row] = []
    records_in = df.to_dict("index")
    for r, rec in records_in.items():
        row = int(r)
        code_txt, name_txt = _cell(rec, cols.get("code")), _cell(rec, cols.get("name"))
        county_txt = _cell(rec, cols.get("county"))
        status_txt = _cell(rec, cols.get("status"))
        n_errors = len(rep.errors)
        if not code_txt and not name_txt:
            if any(_cell(rec, c) for c in df.columns):
                rep.error(Msg("policy.err.row_without_municipality"), row, cols.get("code") or cols.get("name"), "")
            continue
        code, note = resolve_row(index, lineage, rep, row, cols, code_txt, name_txt, county_txt)
        status, year_in_status, status_approx, known = parse_status_year(status_txt)
        if not known:
            rep.error(Msg("policy.err.status_unknown", examples=status_word_examples()), row, cols["status"],
                      status_txt)
        elif status is None:
            rep.skipped_rows.append(row)
        years = _row_years(rec, cols, row, rep, status, status_txt, year_in_status, status_approx, today)
        if years is None:
            years = _Years()
        adopted, revised = years.adopted, years.revised
        url, url_msg = clean_url(_cell(rec, cols.get("document_url")))
        if url_msg:
            rep.warn(Msg("policy.warn.link", why=url_msg), row, cols.get("document_url"),
                     _cell(rec, cols.get("document_url")))
        flags: dict[str, bool | None] = {}
        for fld, label in (("dialogue", Msg("policy.label.dialogue")),
                           ("cross_sectoral", Msg("policy.label.cross_sectoral"))):
            txt = _cell(rec, cols.get(fld))
            value, ok = parse_yes_no(txt)
            if not ok:
                rep.error(Msg("policy.err.yes_no_column", label=label), row,
                          cols.get(fld), txt)
            flags[fld] = value
        bud, why = parse_bud(_cell(rec, cols.get("bud")))
        if why:
            rep.error(Msg("policy.err.bud_list", why=why), row, cols.get("bud"), _cell(rec, cols.get("bud")))
        for n, col in bud_cols.items():
            value, ok = parse_yes_no(_cell(rec, col))
            if not ok:
                rep.error(Msg("policy.err.bud_column"), row, col, _cell(rec, col))
            elif value:
                bud = sorted(set(bud) | {n})
        if status != "adopted" and (bud or flags["dialogue"] or flags["cross_sectoral"]) and status is not None:
            rep.warn(Msg("policy.warn.content_not_adopted"), row, cols["status"], status_txt)
        if code is None or status is None or len(rep.errors) > n_errors:
            continue
        rows.append(_Row(row, code, status, adopted, revised, url, flags["dialogue"], flags["cross_sectoral"], bud,
                         (f"{code_txt} {name_txt}".strip() if code_txt and name_txt else (code_txt or name_txt)),
                         note, cols.get("code") if code_txt else cols.get("name"), years))
    if rep.skipped_rows:
        shown = ", ".join(map(str, rep.skipped_rows[:20])) + (" …" if len(rep.skipped_rows) > 20 else "")
        rep.warn(Msg("policy.warn.skipped_rows", n=len(rep.skipped_rows), rows=shown), column=cols.get("status"))

    # one municipality, one row
    by_code: dict[str, list[_Row]] = {}
    for rr in rows:
        by_code.setdefault(rr.code, []).append(rr)
    kept: list[_Row] = []
    for code, group in by_code.items():
        first = group[0]
        for other in group[1:]:
            if other.payload() == first.payload():
                rep.warn(Msg("policy.warn.duplicate_same", target=index.label(code), first_row=first.row),
                         other.row, other.column, other.source_name)
            else:
                diff = [lbl for lbl, a, b in zip(_PAYLOAD_LABELS, first.payload(), other.payload(), strict=True)
                        if a != b]
                rep.error(Msg("policy.err.duplicate_differs", target=index.label(code), first_row=first.row,
                              what=", ".join(diff)), other.row, other.column, other.source_name)
        kept.append(first)

    adopted_no_year = [rr for rr in kept if rr.status == "adopted" and rr.adopted_year is None]
    if adopted_no_year:
        rep.warn(Msg("policy.warn.adopted_no_year", n=len(adopted_no_year)), column=cols.get("adopted_year"))
    records = [{
        "kommunenummer": rr.code, "kommunenavn": index.name_of(rr.code), "status": rr.status,
        "adopted_year": rr.adopted_year, "revised_year": rr.revised_year, "status_year": rr.years.status_year,
        "adopted_year_approx": rr.years.adopted_approx, "revised_year_approx": rr.years.revised_approx,
        "status_year_approx": rr.years.status_approx, "document_url": rr.document_url,
        "dialogue": rr.dialogue, "cross_sectoral": rr.cross_sectoral, "bud": ",".join(map(str, rr.bud)),
        "source_row": rr.row, "source_name": rr.source_name, "note": rr.note, "demo": False,
    } for rr in sorted(kept, key=lambda x: x.code)]
    register = _frame(records)
    rep.status_counts = {s: int((register["status"] == s).sum()) for s in STATUSES}
    return register, rep


# ------------------------------------------------------------------------------------------------ files
def read_policy_file(data: bytes, file_name: str) -> Table:
    """Read an uploaded policy file (CSV or XLSX) into a table; the header row is the first row naming a
    municipality column (title lines above it are allowed)."""
    return read_table(data, file_name, is_header=is_policy_header)


def preview_policies(data: bytes, file_name: str, index: Any, country: str = "no", today: dt.date | None = None
                     ) -> tuple[pd.DataFrame, ValidationReport]:
    """Read and validate a file without writing anything: what the Data page shows before the user confirms.
    Unreadable files raise :class:`AtlasError`; data problems are in the report."""
    table = read_policy_file(data, file_name)
    return validate_policies(table.frame, index, file_name, country, today, read_as=table.describe())


def load_policy_index(store: Store, country: str) -> Any:
    """The municipality index used to validate policy files, with the code change list attached (so a merger
    can be told from a renumbering)."""
    from registers.municipalities import MunicipalityIndex

    index = MunicipalityIndex.from_store(store, country)
    if getattr(index, "code_changes", None) is None and store.has(country, "code_changes"):
        index.code_changes = store.read_frame(country, "code_changes")
    return index


@dataclass
class ImportResult:
    register: pd.DataFrame
    report: ValidationReport
    meta: dict[str, Any]


def import_provenance(name: str, data: bytes, report: Any, **extra: Any) -> dict[str, Any]:
    """What a version imported from a file records about that file and its report (policies and quality alike):
    its name, hash and size, when, how it was read, and the first 200 warnings with their count."""
    return {"kind": "import", "file_name": name, "source_sha256": sha256_bytes(data), "bytes": len(data),
            "imported_at": now_iso(), "read_as": report.read_as, **extra,
            "warnings": [str(p) for p in report.warnings[:200]], "warning_count": len(report.warnings)}


def save_policy_register(store: Store, register: pd.DataFrame, country: str, provenance: dict[str, Any]
                         ) -> dict[str, Any]:
    """Write a validated register as a new version (earlier versions are kept). Demo data is refused: it must
    never be mixed with imported data."""
    if "demo" in register.columns and bool(register["demo"].any()):
        raise AtlasError(Msg("policy.err.demo_not_saved"))
    meta = {
        "publisher": "Brukerens egen fil", "title": f"Register over kommunal frivillighetspolitikk "
        f"({COUNTRY_NAMES[country]})", "url": "", "licence": "brukerens egne data", "retrieved": now_iso(),
        "code_vintage": CODE_VINTAGE[country], "demo": False,
    }
    meta.update(provenance)
    with store.lock(what="importen"):
        return store.save_version(country, REGISTER, register, meta)


def import_policies(store: Store, source: str | Path | bytes, file_name: str | None = None, country: str = "no",
                    today: dt.date | None = None, index: Any = None, dry_run: bool = False) -> ImportResult:
    """Import a policy file as a new version of the register - the one code path for the command line and the
    Data page. Validates everything first; on any error raises :class:`AtlasError` (listing every problem) and
    leaves the store exactly as it was."""
    if country not in COUNTRIES:
        raise AtlasError(Msg("policy.err.unknown_country", country=country))
    data, name = read_table_source(source, file_name)
    if index is None:
        index = load_policy_index(store, country)
    register, report = preview_policies(data, name, index, country, today)
    if not report.ok:
        raise report.as_error()
    meta: dict[str, Any] = {}
    if not dry_run:
        meta = save_policy_register(store, register, country, import_provenance(
            name, data, report, status_counts=report.status_counts))
    return ImportResult(register, report, meta)


# ------------------------------------------------------------------------------------------------ table editor
def edits_to_table(edited: pd.DataFrame) -> pd.DataFrame:
    """A register edited in a table editor, as the strings a file would hold (rows numbered 1..n as shown)."""
    keep = [c for c in edited.columns if c not in _IGNORED_REGISTER_COLUMNS]
    out = pd.DataFrame(index=pd.RangeIndex(1, len(edited) + 1, name="rad"))
    for c in keep:
        values = []
        for v in edited[c].tolist():
            if v is None or v is pd.NA or (isinstance(v, float) and np.isnan(v)):
                values.append("")
            elif isinstance(v, (bool, np.bool_)):
                values.append("ja" if v else "nei")
            elif isinstance(v, (list, tuple, np.ndarray)):
                values.append(",".join(str(int(x)) for x in v))
            elif isinstance(v, (float, np.floating)) and float(v).is_integer():
                values.append(str(int(v)))
            else:
                values.append(str(v).strip())
        out[c] = values
    if "kommunenavn" in out.columns and "kommunenummer" in out.columns:
        # the name is derived from the code; it is only read for new rows where the code is left empty
        out["kommunenavn"] = out["kommunenavn"].where(out["kommunenummer"] == "", "")
    return out


def validate_policy_edits(edited: pd.DataFrame, index: Any, country: str = "no", today: dt.date | None = None
                          ) -> tuple[pd.DataFrame, ValidationReport]:
    """Validate a register changed in the table editor exactly as an imported file is validated (rows are
    numbered as the editor shows them, from 1)."""
    return validate_policies(edits_to_table(edited), index, "tabellredigering", country, today,
                             read_as="endringer i tabellen")


def save_table_edits(edited: pd.DataFrame, based_on: str | None, *, demo_message: str,
                     validate: Callable[[pd.DataFrame], tuple[pd.DataFrame, ValidationReport]],
                     save: Callable[[pd.DataFrame, dict[str, Any]], dict[str, Any]],
                     report_fields: Callable[[Any], dict[str, Any]]) -> ImportResult:
    """Save a register changed in the table editor as a new version - the one path for every versioned register
    (policies, quality). Demo rows are refused with ``demo_message``; ``validate(edited)`` gives the register and
    its report, and any error raises :class:`AtlasError` with nothing written; otherwise ``save(register,
    provenance)`` writes it. The provenance records an edit of ``based_on`` and, after ``based_on``, the
    register's own ``report_fields(report)``."""
    if "demo" in edited.columns and bool(pd.Series(edited["demo"]).fillna(False).astype(bool).any()):
        raise AtlasError(demo_message)
    register, report = validate(edited)
    if not report.ok:
        raise report.as_error()
    data = frame_to_parquet_bytes(register)
    meta = save(register, {
        "kind": "edit", "file_name": "tabellredigering", "sha256_content": sha256_bytes(data),
        "imported_at": now_iso(), "based_on": based_on, **report_fields(report),
        "warnings": [str(p) for p in report.warnings[:200]], "warning_count": len(report.warnings),
    })
    return ImportResult(register, report, meta)


def save_policy_edits(store: Store, edited: pd.DataFrame, country: str = "no", based_on: str | None = None,
                      today: dt.date | None = None, index: Any = None) -> ImportResult:
    """Validate edits and, if there are no errors, save them as a new version (provenance: an edit of
    ``based_on``). Raises :class:`AtlasError` otherwise; nothing is written."""
    def validate(df: pd.DataFrame) -> tuple[pd.DataFrame, ValidationReport]:
        return validate_policy_edits(df, load_policy_index(store, country) if index is None else index, country, today)

    return save_table_edits(
        edited, based_on, validate=validate,
        demo_message="Dette er demoregisteret. Endringer i det kan ikke lagres; importer en fil med ekte data.",
        save=lambda register, provenance: save_policy_register(store, register, country, provenance),
        report_fields=lambda report: {"status_counts": report.status_counts})


# ------------------------------------------------------------------------------------------------ reading
def load_policy_register(store: Store, country: str, version: str | None = None
                         ) -> tuple[pd.DataFrame, dict[str, Any]] | None:
    """The register in use (or a given version) with its provenance; None when nothing has been imported."""
    got = store.read_version(country, REGISTER, version) if version else store.read_current(country, REGISTER)
    if got is None:
        return None
    return with_year_columns(got[0]), got[1]


def with_year_columns(register: pd.DataFrame) -> pd.DataFrame:
    """A register saved before ``status_year`` and the approximate-year flags existed, with them added (no status
    year, nothing approximate): every reader can rely on the columns."""
    missing = [c for c in ("status_year", *YEAR_APPROX_COLUMNS) if c not in register.columns]
    if not missing:
        return register
    out = register.copy()
    for c in missing:
        out[c] = pd.array([pd.NA] * len(out), dtype="Int64") if c == "status_year" else False
    return out


def register_or_demo(store: Store, country: str, seed: int = 2024) -> tuple[pd.DataFrame, dict[str, Any]]:
    """The imported register if there is one, else the generated demo register (its meta says ``demo: True``;
    every row has ``demo == True``). Pages must show the DEMO label whenever ``meta["demo"]`` is true."""
    current = load_policy_register(store, country)
    if current is not None:
        df, meta = current
        meta = dict(meta)
        meta.setdefault("demo", False)
        return df, meta
    municipalities = store.read_frame(country, "municipalities")
    return demo_policies(municipalities, seed), demo_provenance(country, seed)


def register_records(register: pd.DataFrame) -> list[dict[str, Any]]:
    """The register as plain JSON-ready dicts (years as int or None, ``bud`` as a list of numbers)."""
    out = []
    for rec in with_year_columns(register).to_dict("records"):
        clean: dict[str, Any] = {}
        for k, v in rec.items():
            if v is None or v is pd.NA or (isinstance(v, float) and np.isnan(v)):
                clean[k] = None
            elif isinstance(v, (np.integer,)):
                clean[k] = int(v)
            elif isinstance(v, (np.bool_,)):
                clean[k] = bool(v)
            else:
                clean[k] = v
        clean["bud"] = bud_list(rec.get("bud"))
        if clean.get("note") == "":
            clean["note"] = None
        out.append(clean)
    return out


# ------------------------------------------------------------------------------------------------ demo
def demo_provenance(country: str, seed: int) -> dict[str, Any]:
    return {
        "publisher": "Frivillighetsatlas (generert)", "title": "DEMO - oppdiktet register over frivillighetspolitikk",
        "url": "", "licence": "generert av atlaset; ikke ekte data", "retrieved": now_iso(),
        "code_vintage": CODE_VINTAGE[country], "kind": "demo", "demo": True, "seed": seed,
        "file_name": None, "source_sha256": None,
    }


def demo_policies(municipalities: pd.DataFrame, seed: int = 2024) -> pd.DataFrame:
    """A made-up register for a first look before any import: every row has ``demo == True``.

    Generated from ``seed`` (same seed, same register). Larger municipalities are more likely to have a policy
    (as in Frivillighet Norge's counts, where half of the 100 largest had one in 2022); adoption years run from
    2006 and thin out before 2015; about one in six municipalities has no data at all. None of this describes any
    real municipality.
    """
    rng = np.random.default_rng(seed)
    mun = municipalities.sort_values("kommunenummer").reset_index(drop=True)
    pop = mun["befolkning"].astype(float).clip(lower=100).to_numpy()
    z = (np.log10(pop) - np.log10(pop).mean()) / (np.log10(pop).std() or 1.0)
    p_adopted = 1 / (1 + np.exp(-(z * 0.9 - 0.7)))
    draw = rng.random(len(mun))
    in_progress_draw = rng.random(len(mun))
    no_data = rng.random(len(mun)) < 0.16
    this_year = dt.date.today().year
    records: list[dict[str, Any]] = []
    for i, m in mun.iterrows():
        if no_data[i]:
            continue
        if draw[i] < p_adopted[i]:
            status = "adopted"
            adopted = int(np.clip(round(rng.triangular(2006, 2019, this_year)), 2006, this_year))
            revise = rng.random() < 0.35 and adopted < this_year
            revised = int(rng.integers(adopted + 1, this_year + 1)) if revise else None
            dialogue = bool(rng.random() < 0.8)
            cross = bool(rng.random() < 0.55)
            k = int(rng.integers(3, BUD_COUNT + 1))
            bud = ",".join(map(str, sorted(rng.choice(np.arange(1, BUD_COUNT + 1), size=k, replace=False).tolist())))
        else:
            status = "in_progress" if in_progress_draw[i] < 0.15 else "none"
            adopted = revised = None
            dialogue = cross = None
            bud = ""
        records.append({
            "kommunenummer": m["kommunenummer"], "kommunenavn": m["kommunenavn"], "status": status,
            "adopted_year": adopted, "revised_year": revised, "document_url": None, "dialogue": dialogue,
            "cross_sectoral": cross, "bud": bud, "source_row": None, "source_name": "DEMO", "note": "DEMO",
            "demo": True,
        })
    return _frame(records)
