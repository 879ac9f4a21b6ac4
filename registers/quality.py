"""The policy-quality register: which of the ten bud a municipality meets, how far its process has come, and which
structures it has - from the checklists advisers keep.

Whether a municipality *has* a policy is the policy register's question (:mod:`registers.policies`). This register
answers the next ones, with the criteria of the source documents:

* the ten "frivillighetspolitiske bud" of Frivillighet Norge (``bud_1`` … ``bud_10``): met (True), not met (False)
  or unknown (missing), each with an optional source note or link (``bud_N_source``);
* the process steps taken (``step_<key>``, with a date where known in ``step_<key>_date``): for Norway the steps
  of Frivillighet Norge's account of Bodø's process, for Denmark CFSA's proposed process (:data:`PROCESS_STEPS`);
* structures in place (:data:`STRUCTURES`): a volunteer council, fixed dialogue arenas, a volunteer centre, a
  free-funds scheme, premises offered.

Every criterion is shown as what it is - never folded into one opaque number. :func:`summary_score` exists for
advisers who want a ranking, and takes its weights as an explicit, visible argument.

One code path serves the command line, the Data page upload and the table editor, as for policies:
:func:`read_quality_file` (bytes -> table) -> :func:`validate_quality` (table -> register + report, no side effects)
-> :func:`save_quality_register` (under the store lock, only without errors). :func:`import_quality` chains them.

A checklist cell says yes/no in bokmål, English or Danish (``Ja``/``Nei``, ``Yes``/``No``, ``Ja``/``Nej``,
``x`` for yes, empty for unknown); a step cell may instead hold the date it was taken (``2014-04``,
``12.05.2014``, ``mai 2014``, ``2014``), and a yes may carry a note or date after it (``Ja, se plan s. 4``,
``x 2014-04-10``).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from base.errors import AtlasError, excerpt
from base.i18n import CATALOGUE, LANGS, Msg
from registers.policies import (
    CODE_VINTAGE,
    COUNTRIES,
    COUNTRY_NAMES,
    UNKNOWN_WORDS,
    ImportResult,
    Lineage,
    ValidationReport,
    clean_url,
    edits_to_table,
    import_provenance,
    is_policy_header,
    load_policy_index,
    parse_yes_no,
    resolve_row,
    save_table_edits,
)
from registers.policies import COLUMN_SYNONYMS as POLICY_COLUMN_SYNONYMS
from registers.store import Store, now_iso
from sources.tabular import Table, match_columns, normalise_header, read_table, read_table_source, shown_columns

REGISTER = "quality"
BUD_NUMBERS: tuple[int, ...] = tuple(range(1, 11))  # Frivillighet Norge: "De ti frivillighetspolitiske bud"
BUD_COLUMNS: tuple[str, ...] = tuple(f"bud_{n}" for n in BUD_NUMBERS)
MIN_STEP_YEAR = 1990  # municipal volunteer policies start in the 1990s; earlier dates are typing errors
MAX_NOTE_CHARS = 500


@dataclass(frozen=True)
class Step:
    """One step of a policy process: register key, extra header words (beyond its names in nb/en/da, which come
    from the string catalogue) and where the source documents describe it."""

    key: str
    words: tuple[str, ...]
    source: str

    def label_key(self, country: str) -> str:
        return f"quality.step.{country}.{self.key}"


# Norway: Frivillighet Norge's account of Bodø kommune's process (seed 000) and the policy criteria of the
# "ti bud" page (seed 003: map, then dialogue, then a politically adopted policy).
_STEPS_NO: tuple[Step, ...] = (
    Step("political_decision", ("politisk vedtak", "vedtak om oppstart", "oppstartsvedtak", "politisk bestilling",
                                "decision to start", "council decision", "beslutning om at starte"),
         "Bodø: «vedtok i 2013 å lage en frivillighetspolitikk»"),
    Step("mapping", ("kartlegging", "kartlagt", "kartlegging av frivilligheten", "kartlegging av lag og foreninger",
                     "mapping", "mapped", "kortlægning"),
         "Bud 1; «Ved å kartlegge og gå i dialog med den lokale frivilligheten»"),
    Step("politicians_staff_meeting", ("møte med politikere", "møte med politikere og ansatte", "politikermøte",
                                       "møte med politikere og administrasjon", "meeting with politicians",
                                       "møde med politikere"),
         "Bodø, møte 1: sentrale politikere og ansatte i administrasjonen"),
    Step("cafe_dialogue", ("kafedialog", "kafe dialog", "cafedialog", "cafe dialogue", "dialogmøte",
                           "dialogmøte med frivilligheten", "møte med lag og foreninger", "dialogmøte med lag og "
                           "foreninger", "dialogue meeting", "meeting with organisations"),
         "Bodø, møte 2: kafédialog med frivillige lag og foreninger"),
    Step("politicians_present", ("politikere til stede", "politikere deltok", "politikere med i dialogen",
                                 "politicians present", "politicians took part"),
         "Bodø: leder i Levekårskomiteen og flere politikere til stede under hele møtet"),
    Step("input_summary", ("innspill samlet", "innspillsdokument", "innspill sendt til deltakerne",
                           "oppsummering av innspill", "input summary", "input summarised", "input sent back"),
         "Bodø: innspillene strukturert i et dokument og sendt til alle som var på møtet"),
    Step("reference_group", ("referansegruppe", "referansegruppe med frivilligheten", "reference group"),
         "Bodø: referansegruppe av organisasjoner i den videre dialogen"),
    Step("draft", ("utkast", "utkast skrevet", "forslag", "forslag til politikk", "draft", "draft written"),
         "Frivillighet Norges kriterier: en egen melding, plan eller erklæring"),
    Step("hearing", ("høring", "høyring", "på høring", "sendt på høring", "hearing", "consultation",
                     "public consultation"),
         "Politikk «under arbeid» omfatter utkast på høring (policy-registerets definisjon)"),
    Step("adoption", ("vedtatt", "vedtak", "politisk vedtatt", "vedtatt i kommunestyret", "vedtatt av kommunestyret",
                      "adopted", "adoption", "adopted by council"),
         "Frivillighet Norges kriterier: politisk vedtatt"),
)

# Denmark: CFSA, "5 gode råd, når I udvikler kommunens frivilligpolitik" (seed 001: ten steps and a steering
# group) and CFSA's 8-step proposal (seed 004: stormøde 1 and 2). The guide prints "8. Justér" before "9. Send i
# høring", but step 8 itself says "Efter høringsrunden": the hearing comes first.
_STEPS_DK: tuple[Step, ...] = (
    Step("plan", ("plan", "procesplan", "proces plan", "plan for processen", "læg en plan for processen",
                  "process plan"),
         "CFSA trin 1: Læg en plan for processen"),
    Step("steering_group", ("styregruppe", "følgegruppe", "styre eller følgegruppe", "styregruppe nedsat",
                            "steering group", "styringsgruppe"),
         "CFSA: Nedsæt en styregruppe for processen (og trin 2: en styre- eller følgegruppe)"),
    Step("main_lines", ("overordnede linjer", "input til de overordnede linjer", "politikformulering",
                        "inviter til politikformulering", "main lines", "input on the main lines"),
         "CFSA trin 2: Input til de overordnede linjer (8-trinsforslaget trin 1)"),
    Step("opening_meeting", ("stormøde 1", "indledende fællesmøde", "indledende fællesmøder", "fællesmøde",
                             "indledende dialogmøde", "opening meeting", "first large meeting"),
         "CFSA trin 3: Afhold indledende fællesmøder (8-trinsforslaget: stormøde 1)"),
    Step("association_meetings", ("dialogmøder med foreninger", "dialogmøder med frivillige",
                                  "møder med foreninger", "faggruppemøder med foreninger", "lokale dialogmøder",
                                  "meetings with associations", "association meetings"),
         "CFSA trin 4: lokale dialogmøder med frivillige og foreninger (8-trinsforslaget trin 3)"),
    Step("staff_meetings", ("dialogmøder med medarbejdere", "dialogmøder med faggrupper", "medarbejderinput",
                            "input fra ledelse og medarbejdere", "staff meetings", "meetings with staff"),
         "CFSA trin 5: dialogmøder for faggrupperne (8-trinsforslaget trin 4)"),
    Step("second_meeting", ("stormøde 2", "andet stormøde", "second meeting", "second large meeting"),
         "CFSA 8-trinsforslaget trin 5: Afhold stormøde 2"),
    Step("draft", ("udkast", "forslag", "samlet forslag", "forslag skrevet", "draft", "draft written"),
         "CFSA trin 6: Skriv alle forslag til frivilligpolitikken sammen"),
    Step("hearing", ("høring", "i høring", "høringsrunde", "sendt i høring", "hearing", "consultation"),
         "CFSA trin 9 (8-trinsforslaget trin 7): Send forslaget i høring"),
    Step("adjustment", ("justering", "justeret", "justering efter høring", "justering efter høringssvar",
                        "adjustment", "adjusted"),
         "CFSA trin 8: Justér frivilligpolitikken på baggrund af høringssvar"),
    Step("adoption", ("vedtaget", "vedtagelse", "vedtaget i byrådet", "vedtaget i kommunalbestyrelsen",
                      "adopted", "adoption"),
         "CFSA trin 10 (8-trinsforslaget trin 8): vedtagelse i udvalg og byråd"),
)

PROCESS_STEPS: dict[str, tuple[Step, ...]] = {"no": _STEPS_NO, "dk": _STEPS_DK}

# Structures in place. Seed 002 (the "gullstandard" conference) asks about premises, dialogue arenas and volunteer
# councils; bud 8 and 10 name free funds and premises; CFSA names the frivilligråd and frivilligcenter.
STRUCTURES: dict[str, tuple[str, ...]] = {
    "volunteer_council": ("frivillighetsråd", "frivilligheitsråd", "frivilligråd", "frivillighedsråd",
                          "volunteer council", "volunteering council", "har frivillighetsråd"),
    "dialogue_arenas": ("faste dialogarenaer", "dialogarenaer", "dialogarena", "faste møteplasser",
                        "fast dialogforum", "dialogforum", "dialogue arenas", "fixed dialogue arenas",
                        "fixed meeting places", "faste dialogfora", "dialogfora", "faste mødesteder"),
    "volunteer_centre": ("frivilligsentral", "frivilligsentraler", "frivillighetssentral", "volunteer centre",
                         "volunteer center", "frivilligcenter", "frivilligcentre", "frivillighedscenter"),
    "free_funds": ("frie midler", "ordning med frie midler", "tilskudd frie midler", "free funds",
                   "free funds scheme", "pulje med frie midler", "frie puljemidler"),
    "premises": ("lokaler", "lokaler stilles til rådighet", "gratis lokaler", "tilgang til lokaler",
                 "premises", "premises offered", "free premises", "lokaler stilles til rådighed",
                 "adgang til lokaler", "lokaler til rådighed"),
}
STRUCTURE_KEYS: tuple[str, ...] = tuple(STRUCTURES)
QUALITY_CRITERIA: tuple[str, ...] = BUD_COLUMNS + STRUCTURE_KEYS  # what "meets every criterion" means
DEFAULT_WEIGHTS: dict[str, float] = {c: 1.0 for c in QUALITY_CRITERIA}

_SOURCE_WORDS = ("kilde", "kilder", "source", "sources", "lenke", "link", "url", "dokumentasjon",
                 "kildehenvisning", "henvisning", "reference", "begrunnelse", "belegg", "dokument")
_COMMENT_WORDS = ("kommentar", "kommentarer", "merknad", "merknader", "notat", "comment", "comments", "notes",
                  "bemærkning", "bemærkninger", "bemerkning")
_DATE_WORDS = ("dato", "date", "når", "tidspunkt", "dato for")
_PARTIAL_WORDS = frozenset(normalise_header(w) for w in (
    "delvis", "delvist", "litt", "noe", "partly", "partially", "partial", "somewhat", "delvist opfyldt", "til dels"))


# ------------------------------------------------------------------------------------------------ vocabularies
def _names(key: str) -> tuple[str, ...]:
    entry = CATALOGUE[key]
    return tuple(dict.fromkeys(entry[lang] for lang in LANGS))


def bud_label_key(n: int, kind: str = "title") -> str:
    """The catalogue key of bud ``n``'s ``title``, ``short`` title or ``hint``."""
    return f"quality.bud.{n}.{kind}"


def structure_label_key(key: str) -> str:
    return f"quality.structure.{key}"


def steps_for(country: str) -> tuple[Step, ...]:
    """The process steps of ``country``, in order."""
    _check_country(country)
    return PROCESS_STEPS[country]


def step_columns(country: str) -> tuple[str, ...]:
    return tuple(f"step_{s.key}" for s in steps_for(country))


def _bud_words(n: int) -> list[str]:
    titles = _names(bud_label_key(n)) + _names(bud_label_key(n, "short"))
    words = [f"bud {n}", f"bud nr {n}", f"bud no {n}", f"frivillighetspolitisk bud {n}",
             f"frivillighetspolitiske bud {n}", f"commandment {n}", f"bud_{n}"]
    for title in titles:
        words += [title, f"{n} {title}", f"bud {n} {title}", f"bud nr {n} {title}"]
    return words


def _step_words(country: str, step: Step) -> list[str]:
    return [*_names(step.label_key(country)), *step.words, f"step {step.key}", f"step_{step.key}"]


def column_synonyms(country: str) -> dict[str, tuple[str, ...]]:
    """Header words per register field for ``country`` (municipality, bud, bud sources, structures, steps, step
    dates, source, comment). Matching ignores case, diacritics, punctuation and spaces."""
    _check_country(country)
    syn: dict[str, list[str]] = {k: list(POLICY_COLUMN_SYNONYMS[k]) for k in ("code", "name", "county")}
    for n in BUD_NUMBERS:
        syn[f"bud_{n}"] = _bud_words(n)
        heads = [f"bud {n}", f"bud nr {n}", f"bud_{n}"]
        syn[f"bud_{n}_source"] = [f"{h} {w}" for h in heads for w in _SOURCE_WORDS + _COMMENT_WORDS] + [
            f"{w} bud {n}" for w in _SOURCE_WORDS + _COMMENT_WORDS] + [f"{w} til bud {n}" for w in _SOURCE_WORDS]
    for key, words in STRUCTURES.items():
        syn[key] = [*_names(structure_label_key(key)), *words, key]
    for step in steps_for(country):
        words = _step_words(country, step)
        syn[f"step_{step.key}"] = words
        syn[f"step_{step.key}_date"] = ([f"{w} {d}" for w in words for d in _DATE_WORDS]
                                        + [f"{d} {w}" for w in words for d in _DATE_WORDS]
                                        + [f"step_{step.key}_date"])
    syn["source"] = list(_SOURCE_WORDS) + ["kilde lenke", "kilde/lenke", "lenke til kilde", "source link"]
    syn["comment"] = list(_COMMENT_WORDS)
    return {k: tuple(v) for k, v in syn.items()}


def synonym_conflicts(country: str) -> list[tuple[str, str, str]]:
    """Header words claimed by two fields (``(word, first_field, second_field)``); empty when the vocabulary is
    unambiguous. Used by the tests: a shared word would silently go to the first field."""
    seen: dict[str, str] = {}
    out: list[tuple[str, str, str]] = []
    for fld, words in column_synonyms(country).items():
        for w in words:
            key = normalise_header(w).replace(" ", "")
            if key in seen and seen[key] != fld:
                out.append((w, seen[key], fld))
            seen.setdefault(key, fld)
    return out


# ------------------------------------------------------------------------------------------------ cell parsing
_LEAD_RE = re.compile(r"^\s*([^\s,:;()\[\]–—]+)\s*(?:[,:;()\[\]–—-]+\s*|\s+)(.+?)\s*\)?\s*$")


def parse_mark(text: str) -> tuple[bool | None, str, str]:
    """A checklist cell: ``(value, rest, kind)``.

    ``kind`` is ``"ok"``, ``"partial"`` (a word like «delvis»: recorded as unknown, with a warning) or ``"bad"``
    (not a yes/no). ``rest`` is what follows a yes/no (``"Ja, se plan s. 4"`` -> ``(True, "se plan s. 4", "ok")``).

    >>> parse_mark("x")
    (True, '', 'ok')
    >>> parse_mark("Nej")
    (False, '', 'ok')
    >>> parse_mark("")
    (None, '', 'ok')
    >>> parse_mark("Ja (planen s. 4)")
    (True, 'planen s. 4', 'ok')
    """
    raw = str(text).strip()
    value, known = parse_yes_no(raw)
    if known:
        return value, "", "ok"
    key = normalise_header(raw)
    if key in UNKNOWN_WORDS:
        return None, "", "ok"
    if key in _PARTIAL_WORDS:
        return None, "", "partial"
    m = _LEAD_RE.match(raw)
    if m:
        value, known = parse_yes_no(m.group(1))
        if known and value is not None:
            return value, m.group(2).strip(" ()"), "ok"
    return None, "", "bad"


_MONTHS = {
    "januar": 1, "january": 1, "jan": 1, "februar": 2, "february": 2, "feb": 2, "mars": 3, "marts": 3, "march": 3,
    "mar": 3, "april": 4, "apr": 4, "mai": 5, "maj": 5, "may": 5, "juni": 6, "june": 6, "jun": 6, "juli": 7,
    "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "october": 10,
    "okt": 10, "oct": 10, "november": 11, "nov": 11, "desember": 12, "december": 12, "des": 12, "dec": 12,
}


def _ymd(year: int, month: int | None = None, day: int | None = None) -> tuple[str | None, str | None]:
    if month is not None and not 1 <= month <= 12:
        return None, Msg("quality.why.no_month", month=month)
    if day is not None:
        try:
            dt.date(year, month or 1, day)
        except ValueError:
            return None, Msg("quality.why.invalid_date", day=day, month=month, year=year)
        return f"{year:04d}-{month:02d}-{day:02d}", None
    if month is not None:
        return f"{year:04d}-{month:02d}", None
    return f"{year:04d}", None


def parse_date(text: str, today: dt.date | None = None) -> tuple[str | None, str | None]:
    """A step's date as ISO text at the precision given: ``"2014"``, ``"2014-04"`` or ``"2014-04-10"``.

    Accepts ``2014-04-10``, ``10.04.2014``, ``10/4/2014``, ``2014-04``, ``04.2014``, ``april 2014``,
    ``12. mai 2014``, ``2014`` and text with exactly one year (``våren 2015``). Returns ``(iso, None)``,
    ``(None, None)`` for an empty cell, or ``(None, reason)``. Dates after ``today`` or before 1990 are refused.

    >>> parse_date("12. mai 2014", dt.date(2025, 1, 1))
    ('2014-05-12', None)
    >>> parse_date("04.2014", dt.date(2025, 1, 1))
    ('2014-04', None)
    """
    today = today or dt.date.today()
    raw = str(text).strip()
    if raw == "":
        return None, None
    if re.match(r"[-\u2212\u2013]\s*\d", raw):  # "-2019" is not 2019 (a minus sign is never part of a date)
        return None, Msg("year.negative")
    raw = re.sub(r"[T ]00:00(:00)?$", "", raw)
    low = raw.casefold()
    iso: str | None
    why: str | None = None
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", low):
        iso, why = _ymd(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    elif m := re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})", low):
        iso, why = _ymd(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    elif m := re.fullmatch(r"(\d{4})-(\d{1,2})", low):
        iso, why = _ymd(int(m.group(1)), int(m.group(2)))
    elif m := re.fullmatch(r"(\d{1,2})[./](\d{4})", low):
        iso, why = _ymd(int(m.group(2)), int(m.group(1)))
    elif m := re.fullmatch(r"(?:(\d{1,2})\.?\s+)?([a-zæøå]+)\.?,?\s+(\d{4})", low):
        month = _MONTHS.get(m.group(2))
        if month is None:
            years = re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", low)
            iso, why = _ymd(int(years[0])) if years else (None, Msg("quality.why.not_a_date"))
        else:
            iso, why = _ymd(int(m.group(3)), month, int(m.group(1)) if m.group(1) else None)
    elif re.fullmatch(r"\d{4}", low):
        iso, why = _ymd(int(low))
    elif re.fullmatch(r"\d{5}(\.0+)?", low):
        return None, Msg("quality.why.excel_date")
    else:
        years = sorted(set(re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", low)))
        if len(years) == 1 and not re.search(r"\d{5,}", low):
            iso, why = _ymd(int(years[0]))
        elif len(years) > 1:
            return None, Msg("quality.why.several_years", years=", ".join(years))
        else:
            return None, Msg("quality.why.not_a_date_example")
    if why or iso is None:
        return None, why or Msg("quality.why.not_a_date")
    year = int(iso[:4])
    if year < MIN_STEP_YEAR:
        return None, Msg("quality.why.too_early", year=MIN_STEP_YEAR)
    first_day = dt.date(year, int(iso[5:7]) if len(iso) >= 7 else 1, int(iso[8:10]) if len(iso) == 10 else 1)
    if first_day > today:
        return None, Msg("quality.why.future", today=today.isoformat())
    return iso, None


def parse_step(text: str, today: dt.date | None = None) -> tuple[bool | None, str | None, str, str | None]:
    """A step cell: ``(done, date, note, reason)``. A date alone means done; text after a yes that is not a date
    is a note (``"Ja, med ungdomsrådet"``). ``reason`` is set when the cell cannot be read (``"partial"`` for
    «delvis»); ``"nei 2014"`` is refused, since a step not taken has no date.

    >>> parse_step("x 2014-04-10", dt.date(2025, 1, 1))
    (True, '2014-04-10', '', None)
    >>> parse_step("mai 2014", dt.date(2025, 1, 1))
    (True, '2014-05', '', None)
    """
    value, rest, kind = parse_mark(text)
    if kind == "ok" and not rest:
        return value, None, "", None
    if kind == "partial":
        return None, None, "", "partial"
    if kind == "ok" and rest:
        date, why = parse_date(rest, today)
        if why and re.search(r"\d", rest):
            return None, None, "", Msg("quality.why.text_after_mark", why=why)
        if value is False:
            if date:
                return None, None, "", Msg("quality.why.no_with_date")
            return False, None, rest, None
        return True, date, "" if date else rest, None
    date, why = parse_date(text, today)
    if date:
        return True, date, "", None
    if why and re.search(r"\d", str(text)):
        return None, None, "", Msg("quality.why.neither", why=why)
    return None, None, "", Msg("quality.why.step_mark")


_URL_RE = re.compile(r"(?i)^(?:(?:https?|ftp|file|javascript|data|vbscript|mailto):|www\.)|://")


def parse_source(text: str) -> tuple[str | None, str | None]:
    """A source note or link: ``(value, warning)``. Links must be http(s) (``www.`` gets ``https://``); any other
    scheme is dropped with a warning. Plain text notes are kept as text (shown escaped)."""
    raw = str(text).strip()
    if not raw:
        return None, None
    if _URL_RE.search(raw):
        url, warning = clean_url(raw)
        return url, (Msg("policy.warn.link", why=warning) if warning else None)
    if len(raw) > MAX_NOTE_CHARS:
        return raw[:MAX_NOTE_CHARS], Msg("quality.warn.note_cut", n=MAX_NOTE_CHARS)
    return raw, None


def is_link(value: object) -> bool:
    """True for an http(s) address that pages may show as a link."""
    return isinstance(value, str) and value.lower().startswith(("http://", "https://"))


# ------------------------------------------------------------------------------------------------ report
@dataclass
class QualityReport(ValidationReport):
    """The policy register's report, with what a checklist holds: municipalities kept, criteria found."""

    kept: int = 0
    criteria_found: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = [Msg("report.rows_read", n=self.rows_read, file=excerpt(self.file_name, 160)) + (
            Msg("report.read_as", how=self.read_as) if self.read_as else "")]
        buds = [c for c in self.criteria_found if c.startswith("bud ")]
        others = [c for c in self.criteria_found if not c.startswith("bud ")]
        if buds or others:
            parts.append(Msg("report.columns_found", columns=Msg.join(*(buds + others), sep=", ")))
        parts.append(Msg("report.kept_of", n=self.kept, total=self.municipalities_total) if self.municipalities_total
                     else Msg("report.kept", n=self.kept))
        parts.append(Msg("report.counts", errors=len(self.errors), warnings=len(self.warnings)))
        return Msg.join(*parts, sep="; ") + "."


# ------------------------------------------------------------------------------------------------ validation
def _check_country(country: str) -> None:
    if country not in COUNTRIES:
        raise AtlasError(Msg("policy.err.unknown_country", country=country))


def register_columns(country: str) -> tuple[str, ...]:
    """The register's columns for ``country``, in order."""
    steps: list[str] = []
    for s in steps_for(country):
        steps += [f"step_{s.key}", f"step_{s.key}_date"]
    return ("kommunenummer", "kommunenavn", *BUD_COLUMNS, *(f"{b}_source" for b in BUD_COLUMNS), *STRUCTURE_KEYS,
            *steps, "source", "comment", "note", "source_row", "source_name", "demo")


def _frame(records: list[dict[str, Any]], country: str) -> pd.DataFrame:
    cols = register_columns(country)
    df = pd.DataFrame(records, columns=list(cols))
    bool_cols = [*BUD_COLUMNS, *STRUCTURE_KEYS, *step_columns(country)]
    for c in cols:
        if c in bool_cols:
            df[c] = pd.array([None if v is None or v is pd.NA else bool(v) for v in df[c].tolist()],
                             dtype="boolean")
        elif c == "source_row":
            df[c] = pd.array(df[c].tolist(), dtype="Int64")
        elif c == "demo":
            df[c] = df[c].fillna(False).astype(bool)
        else:
            df[c] = df[c].astype("string")
    return df.reset_index(drop=True)


def empty_register(country: str) -> pd.DataFrame:
    """An empty register with the right columns and dtypes."""
    return _frame([], country)


def _step_name(country: str, step: Step) -> str:
    return Msg(step.label_key(country))


def _field_label(fld: str, country: str) -> str:
    """A field as the report names it (in the reader's language)."""
    if fld.startswith("bud_") and fld.endswith("_source"):
        return Msg("qreport.field.bud_source", n=fld.split("_")[1])
    if fld.startswith("bud_"):
        return Msg("qreport.field.bud", n=fld.split("_")[1])
    if fld in STRUCTURES:
        return CATALOGUE[structure_label_key(fld)]["nb"].lower()
    for s in steps_for(country):
        if fld == f"step_{s.key}":
            return Msg("qreport.field.step", name=_step_name(country, s))
        if fld == f"step_{s.key}_date":
            return Msg("qreport.field.step_date", name=_step_name(country, s))
    return Msg(f"qreport.field.{fld}") if fld in ("source", "comment") else fld


def validate_quality(df: pd.DataFrame, index: Any, file_name: str, country: str = "no",
                     today: dt.date | None = None, read_as: str = "") -> tuple[pd.DataFrame, QualityReport]:
    """Check a checklist table and build the register from it. No side effects.

    ``df`` holds strings, indexed by the row number the user sees (:func:`sources.tabular.read_table`);
    ``index`` is the :class:`~registers.municipalities.MunicipalityIndex` of ``country``. Municipalities are found
    exactly as for the policy register (code or name, old codes with a warning, merged ones refused). Returns
    ``(register, report)``; save the register only when ``report.ok``.
    """
    _check_country(country)
    today = today or dt.date.today()
    rep = QualityReport(file_name=file_name, country=country, rows_read=len(df), read_as=read_as,
                        municipalities_total=len(index.valid_codes))
    cols, dup_problems = match_columns(df.columns, column_synonyms(country), file_name)
    rep.problems.extend(dup_problems)
    rep.columns = dict(cols)
    steps = steps_for(country)
    criteria = [*BUD_COLUMNS, *STRUCTURE_KEYS, *step_columns(country), *(f"{c}_date" for c in step_columns(country))]
    rep.criteria_found = [_field_label(f, country) for f in criteria if f in cols]
    shown_cols = shown_columns(df.columns) if len(df.columns) else Msg("policy.err.no_columns")
    for c in df.columns:
        m = re.match(r"^(?:bud|commandment)(?: nr| no)? ?(\d+)\b", normalise_header(c))
        if m and not 1 <= int(m.group(1)) <= len(BUD_NUMBERS) and c not in cols.values():
            rep.error(Msg("quality.err.unknown_bud"), column=c, value=c)
    if "code" not in cols and "name" not in cols:
        rep.error(Msg("policy.err.no_municipality_column", columns=shown_cols))
    if not any(f in cols for f in criteria):
        example = "«Bud 1» … «Bud 10», «Frivillighetsråd»" + (", «Kafédialog», «Høring»" if country == "no"
                                                              else ", «Styregruppe», «Høring»")
        rep.error(Msg("quality.err.no_criteria", example=example, columns=shown_cols))
    other = "dk" if country == "no" else "no"
    other_cols, _ = match_columns([c for c in df.columns if c not in cols.values()],
                                  {k: v for k, v in column_synonyms(other).items() if k.startswith("step_")})
    for fld, col in other_cols.items():
        rep.warn(Msg("quality.warn.other_country_step", other=Msg("quality.word.danish" if other == "dk"
                                                                  else "quality.word.norwegian"),
                     field=_field_label(fld, other), country=Msg(f"country.{country}")), column=col)
    used = set(cols.values()) | set(other_cols.values())
    rep.ignored_columns = [c for c in df.columns if c not in used]
    if rep.ignored_columns and rep.ok:
        rep.warn(Msg("quality.warn.ignored_columns", columns=", ".join(f"«{c}»" for c in rep.ignored_columns)))
    if not rep.ok:
        return empty_register(country), rep

    lineage = Lineage(index)
    rows: dict[str, tuple[int, str | None, dict[str, Any]]] = {}
    empty_rows: list[int] = []
    for r, rec in df.to_dict("index").items():
        row = int(r)
        code_txt, name_txt = _get(rec, cols.get("code")), _get(rec, cols.get("name"))
        county_txt = _get(rec, cols.get("county"))
        n_errors = len(rep.errors)
        if not code_txt and not name_txt:
            if any(_get(rec, c) for c in df.columns):
                rep.error(Msg("policy.err.row_without_municipality"), row, cols.get("code") or cols.get("name"), "")
            continue
        code, note = resolve_row(index, lineage, rep, row, cols, code_txt, name_txt, county_txt)
        out, comments = _parse_row(rec, row, cols, country, steps, today, rep)
        comment = "; ".join(x for x in [_get(rec, cols.get("comment")), *comments] if x)
        out["comment"] = comment[:MAX_NOTE_CHARS] or None
        src, warning = parse_source(_get(rec, cols.get("source")))
        if warning:
            rep.warn(warning, row, cols.get("source"), _get(rec, cols.get("source")))
        out["source"] = src
        if code is None or len(rep.errors) > n_errors:
            continue
        if all(out[c] is None for c in criteria if c in out):
            empty_rows.append(row)
            continue
        where = cols.get("code") if code_txt else cols.get("name")
        if code in rows:
            first_row, _, first = rows[code]
            payload = [c for c in criteria + [f"{b}_source" for b in BUD_COLUMNS] if out.get(c) != first.get(c)]
            if not payload:
                rep.warn(Msg("policy.warn.duplicate_same", target=index.label(code), first_row=first_row), row,
                         where, code_txt or name_txt)
            else:
                what = Msg.join(*dict.fromkeys(_field_label(c, country) for c in payload), sep=", ")
                rep.error(Msg("policy.err.duplicate_differs", target=index.label(code), first_row=first_row,
                              what=what), row, where, code_txt or name_txt)
            continue
        out.update({"kommunenummer": code, "kommunenavn": index.name_of(code), "note": note or None,
                    "source_row": row, "demo": False,
                    "source_name": f"{code_txt} {name_txt}".strip() if code_txt and name_txt
                    else (code_txt or name_txt)})
        rows[code] = (row, where, out)
    if empty_rows:
        shown = ", ".join(map(str, empty_rows[:20])) + (" …" if len(empty_rows) > 20 else "")
        rep.warn(Msg("quality.warn.empty_rows", n=len(empty_rows), rows=shown))
    if not rep.ok:
        return empty_register(country), rep
    register = _frame([rows[c][2] for c in sorted(rows)], country)
    rep.kept = len(register)
    return register, rep


def _get(rec: Mapping[str, Any], col: str | None) -> str:
    """A cell of a row record as stripped text (``""`` for a missing column or an empty cell)."""
    if col is None:
        return ""
    v = rec.get(col)
    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return ""
    return str(v).strip()


def _parse_row(cells: Mapping[str, Any], row: int, cols: Mapping[str, str], country: str, steps: Iterable[Step],
               today: dt.date, rep: QualityReport) -> tuple[dict[str, Any], list[str]]:
    """The criteria of one row (bud with sources, structures, steps with dates); problems go to ``rep``."""
    rec: dict[str, Any] = {}
    comments: list[str] = []
    for n in BUD_NUMBERS:
        col, src_col = cols.get(f"bud_{n}"), cols.get(f"bud_{n}_source")
        txt = _get(cells, col)
        value, rest, kind = parse_mark(txt)
        if kind == "bad":
            rep.error(Msg("quality.err.bud_mark", n=n), row, col, txt)
        elif kind == "partial":
            rep.warn(Msg("quality.warn.bud_partial", text=txt, n=n), row, col, txt)
        rec[f"bud_{n}"] = value
        sources = []
        for text, where in ((rest, col), (_get(cells, src_col), src_col)):
            src, warning = parse_source(text)
            if warning:
                rep.warn(warning, row, where, text)
            if src:
                sources.append(src)
        rec[f"bud_{n}_source"] = " · ".join(sources) if sources else None
    for key in STRUCTURE_KEYS:
        col = cols.get(key)
        txt = _get(cells, col)
        value, rest, kind = parse_mark(txt)
        label = CATALOGUE[structure_label_key(key)]["nb"]
        if kind == "bad":
            rep.error(Msg("quality.err.structure_mark", label=Msg(structure_label_key(key))), row, col, txt)
        elif kind == "partial":
            rep.warn(Msg("quality.warn.structure_partial", text=txt, label=Msg(structure_label_key(key))), row, col,
                     txt)
        if rest:
            comments.append(f"{label}: {rest}")
        rec[key] = value
    for step in steps:
        col, date_col = cols.get(f"step_{step.key}"), cols.get(f"step_{step.key}_date")
        name = _step_name(country, step)
        txt, date_txt = _get(cells, col), _get(cells, date_col)
        done, date, step_note, why = parse_step(txt, today)
        if step_note:
            comments.append(f"{name}: {step_note}")
        if why == "partial":
            rep.warn(Msg("quality.warn.step_partial", text=txt, name=name), row, col, txt)
        elif why:
            rep.error(Msg("quality.err.step", name=name, why=why), row, col, txt)
        if date_txt:
            other, why2 = parse_date(date_txt, today)
            if why2:
                rep.error(Msg("quality.err.step_date", name=name, why=why2), row, date_col, date_txt)
            elif done is False:
                rep.error(Msg("quality.err.step_not_taken_dated", name=name), row, date_col, date_txt)
            elif date and other != date:
                rep.error(Msg("quality.err.step_two_dates", name=name, date=date, other=other), row, date_col,
                          date_txt)
            else:
                date, done = other, True
        rec[f"step_{step.key}"] = done
        rec[f"step_{step.key}_date"] = date
    return rec, comments


# ------------------------------------------------------------------------------------------------ files
def read_quality_file(data: bytes, file_name: str) -> Table:
    """Read an uploaded checklist (CSV or XLSX); the header row is the first row naming a municipality column."""
    return read_table(data, file_name, is_header=is_policy_header)


def preview_quality(data: bytes, file_name: str, index: Any, country: str = "no", today: dt.date | None = None
                    ) -> tuple[pd.DataFrame, QualityReport]:
    """Read and validate a checklist without writing anything (the Data page's report before confirming).
    Unreadable files raise :class:`AtlasError`; data problems are in the report."""
    table = read_quality_file(data, file_name)
    return validate_quality(table.frame, index, file_name, country, today, read_as=table.describe())


def save_quality_register(store: Store, register: pd.DataFrame, country: str, provenance: dict[str, Any]
                          ) -> dict[str, Any]:
    """Write a validated register as a new version (earlier versions are kept). Demo data is refused."""
    _check_country(country)
    if "demo" in register.columns and bool(register["demo"].any()):
        raise AtlasError(Msg("quality.err.demo_not_saved"))
    meta = {
        "publisher": "Brukerens egen fil",
        "title": f"Sjekkliste for kvaliteten i frivillighetspolitikken ({COUNTRY_NAMES[country]})",
        "url": "", "licence": "brukerens egne data", "retrieved": now_iso(), "code_vintage": CODE_VINTAGE[country],
        "demo": False,
    }
    meta.update(provenance)
    with store.lock(what="importen"):
        return store.save_version(country, REGISTER, register, meta)


def import_quality(store: Store, source: str | Path | bytes, file_name: str | None = None, country: str = "no",
                   today: dt.date | None = None, index: Any = None, dry_run: bool = False) -> ImportResult:
    """Import a checklist as a new version of the quality register - the one code path for the command line and
    the Data page. Everything is validated first; any error raises :class:`AtlasError` listing every problem,
    and the store is left exactly as it was."""
    _check_country(country)
    data, name = read_table_source(source, file_name)
    if index is None:
        index = load_policy_index(store, country)
    register, report = preview_quality(data, name, index, country, today)
    if not report.ok:
        raise report.as_error()
    meta: dict[str, Any] = {}
    if not dry_run:
        meta = save_quality_register(store, register, country, import_provenance(
            name, data, report, criteria=report.criteria_found))
    return ImportResult(register, report, meta)


# ------------------------------------------------------------------------------------------------ table editor
def validate_quality_edits(edited: pd.DataFrame, index: Any, country: str = "no", today: dt.date | None = None
                           ) -> tuple[pd.DataFrame, QualityReport]:
    """Validate a register changed in a table editor exactly as an imported checklist (rows numbered from 1)."""
    return validate_quality(edits_to_table(edited), index, "tabellredigering", country, today,
                            read_as="endringer i tabellen")


def save_quality_edits(store: Store, edited: pd.DataFrame, country: str = "no", based_on: str | None = None,
                       today: dt.date | None = None, index: Any = None) -> ImportResult:
    """Validate edits and save them as a new version (provenance: an edit of ``based_on``); raise otherwise."""
    def validate(df: pd.DataFrame) -> tuple[pd.DataFrame, QualityReport]:
        return validate_quality_edits(df, load_policy_index(store, country) if index is None else index, country,
                                      today)

    return save_table_edits(
        edited, based_on, validate=validate,
        demo_message="Dette er demosjekklisten. Endringer i den kan ikke lagres; importer en ekte sjekkliste.",
        save=lambda register, provenance: save_quality_register(store, register, country, provenance),
        report_fields=lambda report: {"criteria": report.criteria_found})


# ------------------------------------------------------------------------------------------------ reading
@dataclass
class QualityData:
    """What the pages show: the checklist in use and the policy register of the same kind.

    ``meta`` is None when no checklist has been imported while a real policy register exists (no demo is shown
    then: demo data is never mixed with real data). ``policies`` is the policy register only when it is of the
    same kind as the checklist (both demo or both imported); otherwise None.
    """

    register: pd.DataFrame
    meta: dict[str, Any] | None
    policies: pd.DataFrame | None = None
    policies_meta: dict[str, Any] | None = None

    @property
    def demo(self) -> bool:
        return bool(self.meta and self.meta.get("demo"))


def load_quality(store: Store, country: str, seed: int = 2024) -> QualityData:
    """The checklist in use: the imported one, else - only while the policy register is the demo too - a demo
    checklist for the demo register's municipalities with a policy."""
    from registers import policies as pol

    _check_country(country)
    policy_register, policy_meta = pol.register_or_demo(store, country, seed)
    policy_demo = bool(policy_meta.get("demo"))
    current = store.read_current(country, REGISTER)
    if current is not None:
        df, meta = current
        meta = dict(meta)
        meta.setdefault("demo", False)
        same = not policy_demo
        return QualityData(df, meta, policy_register if same else None, policy_meta if same else None)
    if not policy_demo:
        return QualityData(empty_register(country), None, policy_register, policy_meta)
    return QualityData(demo_quality(policy_register, country, seed), demo_provenance(country, seed),
                       policy_register, policy_meta)


# ------------------------------------------------------------------------------------------------ analytics
def _value(v: Any) -> bool | None:
    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return None
    return bool(v)


def _text(v: Any) -> str | None:
    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return None
    s = str(v)
    return s or None


def quality_records(register: pd.DataFrame, country: str) -> list[dict[str, Any]]:
    """The register as JSON-ready records, one per municipality (the command line's ``quality --json``)::

        {"kommunenummer", "kommunenavn", "bud": {"1": true|false|null, …}, "bud_sources": {"1": str|null, …},
         "frivillighetsraad": true|false|null, "structures": {key: …}, "steps": {key: {"done", "date"}},
         "source", "comment", "demo"}
    """
    out = []
    for rec in register.to_dict("records"):
        out.append({
            "kommunenummer": str(rec["kommunenummer"]),
            "kommunenavn": _text(rec.get("kommunenavn")),
            "bud": {str(n): _value(rec.get(f"bud_{n}")) for n in BUD_NUMBERS},
            "bud_sources": {str(n): _text(rec.get(f"bud_{n}_source")) for n in BUD_NUMBERS},
            "frivillighetsraad": _value(rec.get("volunteer_council")),
            "structures": {k: _value(rec.get(k)) for k in STRUCTURE_KEYS},
            "steps": {s.key: {"done": _value(rec.get(f"step_{s.key}")), "date": _text(rec.get(f"step_{s.key}_date"))}
                      for s in steps_for(country)},
            "source": _text(rec.get("source")),
            "comment": _text(rec.get("comment")),
            "demo": bool(rec.get("demo", False)),
        })
    return out


def quality_profile(register: pd.DataFrame, code: str, country: str) -> dict[str, Any] | None:
    """Everything the checklist says about one municipality, criterion by criterion (no single score).

    Returns None when the municipality is not in the checklist. Otherwise::

        {"kommunenummer", "kommunenavn", "bud": [{"number", "met", "source"}], "structures": [{"key", "present"}],
         "steps": [{"key", "order", "done", "date"}], "counts": {"bud_met", "bud_not_met", "bud_unknown",
         "structures_present", "steps_done", "steps_not_done", "steps_unknown", "steps_total"},
         "source", "comment", "demo"}
    """
    rows = register[register["kommunenummer"] == code]
    if rows.empty:
        return None
    rec = rows.iloc[0].to_dict()
    bud = [{"number": n, "met": _value(rec.get(f"bud_{n}")), "source": _text(rec.get(f"bud_{n}_source"))}
           for n in BUD_NUMBERS]
    structures = [{"key": k, "present": _value(rec.get(k))} for k in STRUCTURE_KEYS]
    steps = [{"key": s.key, "order": i + 1, "done": _value(rec.get(f"step_{s.key}")),
              "date": _text(rec.get(f"step_{s.key}_date"))} for i, s in enumerate(steps_for(country))]
    return {
        "kommunenummer": code, "kommunenavn": _text(rec.get("kommunenavn")),
        "bud": bud, "structures": structures, "steps": steps,
        "counts": {
            "bud_met": sum(b["met"] is True for b in bud), "bud_not_met": sum(b["met"] is False for b in bud),
            "bud_unknown": sum(b["met"] is None for b in bud),
            "structures_present": sum(s["present"] is True for s in structures),
            "steps_done": sum(s["done"] is True for s in steps),
            "steps_not_done": sum(s["done"] is False for s in steps),
            "steps_unknown": sum(s["done"] is None for s in steps), "steps_total": len(steps),
        },
        "source": _text(rec.get("source")), "comment": _text(rec.get("comment")), "demo": bool(rec.get("demo")),
    }


def _tally(frame: pd.DataFrame) -> dict[str, dict[str, int]]:
    out = {}
    for n in BUD_NUMBERS:
        col = frame[f"bud_{n}"] if len(frame) else pd.Series([], dtype="boolean")
        met = int((col == True).sum())  # noqa: E712 - nullable boolean: NA is neither
        not_met = int((col == False).sum())  # noqa: E712
        out[str(n)] = {"met": met, "not_met": not_met, "unknown": int(len(frame) - met - not_met)}
    return out


def bud_summary(register: pd.DataFrame, municipalities: pd.DataFrame) -> dict[str, Any]:
    """How often each bud is met among the municipalities in the checklist, nationally and by county/region.

    ``unknown`` counts municipalities in the checklist with no answer for the bud; municipalities missing from the
    checklist are not counted (``assessed`` and ``municipalities`` give both totals)::

        {"assessed": int, "municipalities": int, "bud": {"1": {"met", "not_met", "unknown"}, …},
         "by_county": {"03": {"name", "municipalities", "assessed", "bud": {…}}, …}}
    """
    mun = municipalities[["kommunenummer", "fylkesnummer", "fylkesnavn"]]
    assessed = register.merge(mun, on="kommunenummer", how="inner")
    by_county: dict[str, Any] = {}
    for (code, name), group in mun.groupby(["fylkesnummer", "fylkesnavn"], sort=True):
        part = assessed[assessed["fylkesnummer"] == code]
        by_county[str(code)] = {"name": str(name), "municipalities": int(len(group)), "assessed": int(len(part)),
                                "bud": _tally(part)}
    return {"assessed": int(len(assessed)), "municipalities": int(len(mun)), "bud": _tally(assessed),
            "by_county": by_county}


def bud_frequency(summary: Mapping[str, Any]) -> pd.DataFrame:
    """One row per bud from a :func:`bud_summary` part (national or one county): ``bud``, ``met``, ``not_met``,
    ``unknown``, ``share_met`` (of the municipalities that answered; NaN when none did), sorted by bud number."""
    rows = []
    for n in BUD_NUMBERS:
        c = summary["bud"][str(n)]
        answered = c["met"] + c["not_met"]
        rows.append({"bud": n, "met": c["met"], "not_met": c["not_met"], "unknown": c["unknown"],
                     "share_met": c["met"] / answered if answered else float("nan")})
    return pd.DataFrame(rows, columns=["bud", "met", "not_met", "unknown", "share_met"])


def weakest_bud(summary: Mapping[str, Any], k: int = 3) -> list[int]:
    """The ``k`` bud met least often (lowest share of those who answered; ties by number)."""
    freq = bud_frequency(summary).dropna(subset=["share_met"])
    return [int(b) for b in freq.sort_values(["share_met", "bud"]).head(k)["bud"]]


def in_progress_codes(register: pd.DataFrame, country: str, policies: pd.DataFrame | None = None) -> list[str]:
    """Municipalities whose policy is in progress: from the policy register when given (status ``in_progress``),
    else from the checklist itself (some step taken, adoption not taken)."""
    if policies is not None:
        return sorted(str(c) for c in policies.loc[policies["status"] == "in_progress", "kommunenummer"])
    adopted = register["step_adoption"].fillna(False).astype(bool)
    any_step = register[list(step_columns(country))].fillna(False).astype(bool).any(axis=1)
    return sorted(str(c) for c in register.loc[any_step & ~adopted, "kommunenummer"])


def process_completeness(register: pd.DataFrame, country: str, policies: pd.DataFrame | None = None,
                         municipalities: pd.DataFrame | None = None) -> pd.DataFrame:
    """How far each in-progress municipality has come through its country's process steps.

    One row per municipality (see :func:`in_progress_codes`): ``steps_done``, ``steps_not_done``,
    ``steps_unknown``, ``steps_total``, ``share_done`` (done / total), ``next_step`` (key of the first step in
    order not done, None when all are done), ``last_date`` (latest dated step) and ``in_checklist``. Sorted by
    share done, highest first.
    """
    steps = steps_for(country)
    codes = in_progress_codes(register, country, policies)
    names: dict[str, str] = {}
    if municipalities is not None:
        names = dict(zip(municipalities["kommunenummer"], municipalities["kommunenavn"], strict=True))
    if policies is not None and "kommunenavn" in policies.columns:
        names.update({k: v for k, v in zip(policies["kommunenummer"], policies["kommunenavn"], strict=True)
                      if k not in names})
    by_code = {str(r["kommunenummer"]): r for r in register.to_dict("records")}
    rows = []
    for code in codes:
        rec = by_code.get(code)
        done = [_value(rec.get(f"step_{s.key}")) if rec else None for s in steps]
        dates = [d for d in (_text(rec.get(f"step_{s.key}_date")) for s in steps) if d] if rec else []
        nxt = next((s.key for s, d in zip(steps, done, strict=True) if d is not True), None)
        n_done = sum(d is True for d in done)
        rows.append({
            "kommunenummer": code,
            "kommunenavn": names.get(code) or (_text(rec.get("kommunenavn")) if rec else code),
            "steps_done": n_done, "steps_not_done": sum(d is False for d in done),
            "steps_unknown": sum(d is None for d in done), "steps_total": len(steps),
            "share_done": n_done / len(steps), "next_step": nxt, "last_date": max(dates) if dates else None,
            "in_checklist": rec is not None,
        })
    cols = ["kommunenummer", "kommunenavn", "steps_done", "steps_not_done", "steps_unknown", "steps_total",
            "share_done", "next_step", "last_date", "in_checklist"]
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values(["share_done", "kommunenummer"], ascending=[False, True]).reset_index(drop=True)


def meets_all(register: pd.DataFrame, criteria: Iterable[str] | None = None) -> pd.DataFrame:
    """The municipalities meeting every criterion (default: all ten bud and all five structures); an unknown
    answer does not count as met. Columns ``kommunenummer``, ``kommunenavn``."""
    crit = list(criteria) if criteria is not None else list(QUALITY_CRITERIA)
    unknown = [c for c in crit if c not in register.columns]
    if unknown:
        raise ValueError(f"unknown criteria {unknown}; choose among {list(QUALITY_CRITERIA)} or step columns")
    if not crit:
        raise ValueError("meets_all needs at least one criterion")
    ok = register[crit].fillna(False).astype(bool).all(axis=1) if len(register) else pd.Series([], dtype=bool)
    return register.loc[ok, ["kommunenummer", "kommunenavn"]].sort_values("kommunenummer").reset_index(drop=True)


def check_weights(weights: Mapping[str, float]) -> dict[str, float]:
    """Validated weights: known criteria, finite, not negative, not all zero. Raises ``ValueError`` naming the
    problem."""
    out: dict[str, float] = {}
    for key, w in weights.items():
        if key not in QUALITY_CRITERIA:
            raise ValueError(f"unknown criterion {key!r}; weights apply to {', '.join(QUALITY_CRITERIA)}")
        try:
            f = float(w)
        except (TypeError, ValueError):
            raise ValueError(f"weight of {key} must be a number, got {w!r}") from None
        if not math.isfinite(f) or f < 0:
            raise ValueError(f"weight of {key} must be a finite number of at least 0, got {w!r}")
        out[key] = f
    if not any(out.values()):
        raise ValueError("at least one weight must be above 0")
    return out


def summary_score(register: pd.DataFrame, weights: Mapping[str, float] | None = None) -> pd.DataFrame:
    """An optional summary for ranking, with its weights explicit: ``score`` = (sum of the weights of the
    criteria met) / (sum of all weights), so an unknown answer counts as not met; ``known_share`` says how much
    of the weight was answered at all. Criteria left out of ``weights`` weigh 0. Default: every bud and structure
    weighs 1 (:data:`DEFAULT_WEIGHTS`). Sorted by score, highest first."""
    w = check_weights(DEFAULT_WEIGHTS if weights is None else weights)
    total = sum(w.values())
    cols = ["kommunenummer", "kommunenavn", "score", "known_share", "criteria_met"]
    if register.empty:
        return pd.DataFrame(columns=cols)
    met = np.zeros(len(register))
    known = np.zeros(len(register))
    n_met = np.zeros(len(register), dtype=int)
    for key, weight in w.items():
        col = register[key]
        is_met = (col == True).fillna(False).to_numpy(dtype=bool)  # noqa: E712
        met += weight * is_met
        known += weight * col.notna().to_numpy(dtype=bool)
        n_met += is_met.astype(int) if weight > 0 else 0
    out = pd.DataFrame({"kommunenummer": register["kommunenummer"].astype(str).to_numpy(),
                        "kommunenavn": register["kommunenavn"].astype(str).to_numpy(),
                        "score": met / total, "known_share": known / total, "criteria_met": n_met}, columns=cols)
    return out.sort_values(["score", "kommunenummer"], ascending=[False, True]).reset_index(drop=True)


def bud_map_status(register: pd.DataFrame, n: int) -> dict[str, str]:
    """``{code: "met" | "not_met" | "unknown"}`` for bud ``n`` (municipalities missing from the checklist are left
    out: they are "ingen data" on the map)."""
    if n not in BUD_NUMBERS:
        raise ValueError(f"bud must be 1-10, got {n!r}")
    out = {}
    for code, v in zip(register["kommunenummer"], register[f"bud_{n}"], strict=True):
        val = _value(v)
        out[str(code)] = "unknown" if val is None else ("met" if val else "not_met")
    return out


def step_date_value(iso: str | None) -> dt.date | None:
    """A step date (``2014``, ``2014-04`` or ``2014-04-10``) as a point in time to plot: the middle of a year
    (1 July) or of a month (the 15th) when the day is not known."""
    if not iso:
        return None
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 7, 1)
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], 15)
    return dt.date(parts[0], parts[1], parts[2])


# ------------------------------------------------------------------------------------------------ demo
def demo_provenance(country: str, seed: int) -> dict[str, Any]:
    return {
        "publisher": "Frivillighetsatlas (generert)",
        "title": "DEMO - oppdiktet sjekkliste for kvaliteten i frivillighetspolitikken",
        "url": "", "licence": "generert av atlaset; ikke ekte data", "retrieved": now_iso(),
        "code_vintage": CODE_VINTAGE[country], "kind": "demo", "demo": True, "seed": seed, "file_name": None,
        "source_sha256": None,
    }


# Chance that a demo municipality with an adopted policy meets each bud when its demo policy does not list it.
# Made up for the demo only: the harder bud (simplify, do not compete) are met less often.
_DEMO_BUD_P = {1: 0.7, 2: 0.6, 3: 0.75, 4: 0.4, 5: 0.55, 6: 0.65, 7: 0.7, 8: 0.5, 9: 0.35, 10: 0.45}
_DEMO_STRUCTURE_P = {"volunteer_council": 0.35, "dialogue_arenas": 0.55, "volunteer_centre": 0.7,
                     "free_funds": 0.6, "premises": 0.5}


def demo_quality(policies: pd.DataFrame, country: str, seed: int = 2024, today: dt.date | None = None
                 ) -> pd.DataFrame:
    """A made-up checklist for a first look: only for municipalities with a policy (adopted or in progress) in
    the **demo** policy register, every row ``demo == True``. Same seed, same checklist. Adopted policies get most
    bud (always those the demo policy lists) and a process dated in the years before adoption; policies in
    progress get the first few steps, dated in the last two years, and mostly unknown bud. Describes no real
    municipality."""
    _check_country(country)
    if "demo" in policies.columns and len(policies) and not bool(policies["demo"].all()):
        raise AtlasError(Msg("quality.err.demo_only_from_demo"))
    today = today or dt.date.today()
    rng = np.random.default_rng(seed + 1)
    steps = steps_for(country)
    records: list[dict[str, Any]] = []
    with_policy = policies[policies["status"].isin(["adopted", "in_progress"])].sort_values("kommunenummer")
    for rec in with_policy.to_dict("records"):
        out: dict[str, Any] = {"kommunenummer": rec["kommunenummer"], "kommunenavn": rec["kommunenavn"],
                               "source": "DEMO", "comment": None, "note": "DEMO", "source_row": None,
                               "source_name": "DEMO", "demo": True}
        listed = set(int(x) for x in str(rec.get("bud") or "").split(",") if x.strip().isdigit())
        adopted = rec["status"] == "adopted"
        level = float(rng.beta(2.0, 1.6))  # how thorough this demo municipality is: shifts every chance below
        for n in BUD_NUMBERS:
            if not adopted:
                value = bool(rng.random() < 0.5) if rng.random() < 0.3 else None
            elif n in listed:
                value = True
            else:
                unknown = rng.random() < 0.12 * (1.0 - level)
                value = None if unknown else bool(rng.random() < min(1.0, _DEMO_BUD_P[n] + level - 0.45))
            out[f"bud_{n}"] = value
            out[f"bud_{n}_source"] = "DEMO" if value is not None else None
        for key, p in _DEMO_STRUCTURE_P.items():
            chance = min(1.0, p + level - 0.45) * (1.0 if adopted else 0.6)
            out[key] = None if rng.random() < 0.1 * (1.0 - level) else bool(rng.random() < chance)
        if adopted:
            year = int(rec.get("adopted_year") or today.year)
            end = dt.date(year, 12, 31) if year < today.year else today
            start = dt.date(max(MIN_STEP_YEAR, year - 2), 1, 1)
            dialogue = rec.get("dialogue")
            taken = [True] * len(steps)
            for i, s in enumerate(steps):
                if s.key != "adoption" and rng.random() < (0.15 if dialogue else 0.35):
                    taken[i] = None if rng.random() < 0.6 else False
        else:
            end, start = today, today - dt.timedelta(days=730)
            k = int(rng.integers(1, len(steps)))
            taken = [True] * k + [False] * (len(steps) - k)
        span = max((end - start).days, len(steps))
        offsets = sorted(int(x) for x in rng.integers(0, span, size=len(steps)))
        if adopted:
            offsets[-1] = span  # adoption last
        for i, s in enumerate(steps):
            out[f"step_{s.key}"] = taken[i]
            when = start + dt.timedelta(days=offsets[i])
            precise = rng.random()
            out[f"step_{s.key}_date"] = (None if taken[i] is not True or precise < 0.2 else
                                         when.strftime("%Y-%m") if precise < 0.6 else when.isoformat())
        records.append(out)
    return _frame(records, country)
