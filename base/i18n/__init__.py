"""The string catalogue: every user-facing text, in bokmål (``nb``), English (``en``) and Danish (``da``).

The catalogue is one folder so that every string lives in one place; it is split by area into TOML files
(``core.toml``, ``policy.toml`` …) that a translator can edit without reading code. Each table is a key with its
text in ``nb``, ``en`` and ``da``. Keys must be unique across files (a test checks it).

Code below the pages does not know the user's language. It says *what* to tell the user as a :class:`Msg` (a key and
its parameters) and the text is rendered late, in the language of whoever reads it: the session's language on a
page, ``--lang`` on the command line. :func:`use_lang`/:func:`set_lang` set that language for the current thread or
task (a context variable), and ``str(msg)`` renders in it.

Numbers, percentages, dates and lists are formatted by Babel per language (``nb`` -> ``nb_NO``, ``en`` -> ``en_GB``,
``da`` -> ``da_DK``): ``1 234 567`` / ``12,3 %`` in Norwegian, ``1.234.567`` / ``12,3 %`` in Danish, ``1,234,567`` /
``12.3%`` in English.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import math
import tomllib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from babel.dates import format_date as _babel_date
from babel.lists import format_list as _babel_list
from babel.numbers import format_decimal as _babel_decimal
from babel.numbers import format_percent as _babel_percent

LANGS = ("nb", "en", "da")
DEFAULT_LANG = "nb"
LOCALES = {"nb": "nb_NO", "en": "en_GB", "da": "da_DK"}


_FOLDER = Path(__file__).resolve().parent


def area_strings(area: str) -> dict[str, dict[str, str]]:
    """The strings of one area of the catalogue (``base/i18n/<area>.toml``): key -> {"nb": …, "en": …, "da": …}."""
    with open(_FOLDER / f"{area}.toml", "rb") as fh:
        return tomllib.load(fh)


def _load() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for path in sorted(_FOLDER.glob("*.toml")):
        mod = path.stem
        strings = area_strings(mod)
        for key, value in strings.items():
            if key in merged:
                raise RuntimeError(f"i18n key {key!r} defined twice (module {mod})")
            merged[key] = value
    return merged


CATALOGUE: dict[str, dict[str, str]] = _load()

_LANG: contextvars.ContextVar[str] = contextvars.ContextVar("atlas_lang", default=DEFAULT_LANG)


def normalise_lang(lang: str | None) -> str:
    """``"da"``, ``"DA"``, ``"da_DK"`` -> ``"da"``; anything unknown -> the default (bokmål)."""
    code = str(lang or "").strip().lower().replace("-", "_").split("_")[0]
    return code if code in LANGS else DEFAULT_LANG


def current_lang() -> str:
    """The language texts are rendered in when no language is given: the session's or ``--lang``'s."""
    return _LANG.get()


def set_lang(lang: str | None) -> None:
    """Make ``lang`` the current language (for this thread/task: one Streamlit script run, one CLI call)."""
    _LANG.set(normalise_lang(lang))


@contextlib.contextmanager
def use_lang(lang: str | None) -> Iterator[str]:
    """``with use_lang("da"): str(err)`` renders in Danish, and the previous language comes back afterwards."""
    token = _LANG.set(normalise_lang(lang))
    try:
        yield _LANG.get()
    finally:
        _LANG.reset(token)


def _render_param(value: Any, lang: str) -> Any:
    if isinstance(value, Msg):
        return value.render(lang)
    if isinstance(value, OrList):  # alternatives: a, b eller c
        return fmt_list(value, lang, style="or")
    if isinstance(value, (list, tuple)):  # a list parameter is written as the language writes lists: a, b og c
        return fmt_list(value, lang)
    return value


class OrList(list):
    """A list parameter written as alternatives (``a, b eller c`` / ``a, b or c``) rather than ``a, b og c``."""


class Msg(str):
    """A user-facing text as a catalogue key and its parameters, rendered in the reader's language.

    It is a ``str`` whose own value is the bokmål text, so code that only compares or logs it keeps working;
    ``str(msg)``/``f"{msg}"`` render in :func:`current_lang`, and :meth:`render` in any language. Parameters may be
    ``Msg`` themselves (rendered in the same language). ``Msg.join`` glues several texts into one.
    """

    key: str | None
    params: dict[str, Any]
    parts: tuple[Any, ...]
    sep: str

    def __new__(cls, key: str, /, **params: Any) -> Msg:
        if key not in CATALOGUE:
            raise KeyError(f"missing i18n key {key!r}")
        obj = super().__new__(cls, _render(key, DEFAULT_LANG, params))
        obj.key, obj.params, obj.parts, obj.sep = key, params, (), ""
        return obj

    @classmethod
    def join(cls, *parts: Any, sep: str = " ") -> Msg:
        """Several texts (``Msg`` or plain, e.g. a file name) as one, each rendered in the reader's language."""
        kept = tuple(p for p in parts if p not in (None, ""))
        obj = str.__new__(cls, sep.join(p.render(DEFAULT_LANG) if isinstance(p, Msg) else str(p) for p in kept))
        obj.key, obj.params, obj.parts, obj.sep = None, {}, kept, sep
        return obj

    def render(self, lang: str | None = None) -> str:
        lang = normalise_lang(lang) if lang else current_lang()
        if self.key is None:
            return self.sep.join(p.render(lang) if isinstance(p, Msg) else str(p) for p in self.parts)
        return _render(self.key, lang, self.params)

    def __str__(self) -> str:
        return self.render()

    def __format__(self, spec: str) -> str:
        return format(self.render(), spec)

    def __add__(self, other: Any) -> Msg:  # type: ignore[override]
        return Msg.join(self, other, sep="")

    def __radd__(self, other: Any) -> Msg:
        return Msg.join(other, self, sep="")

    def __reduce__(self) -> tuple[Any, ...]:  # pickling (Streamlit caches) keeps key and parameters
        if self.key is None:
            return (_msg_join, (self.parts, self.sep))
        return (_msg_new, (self.key, self.params))

    def __repr__(self) -> str:
        return f"Msg({self.key!r}, {self.params!r})" if self.key else f"Msg.join{self.parts!r}"


def _msg_new(key: str, params: dict[str, Any]) -> Msg:
    return Msg(key, **params)


def _msg_join(parts: tuple[Any, ...], sep: str) -> Msg:
    return Msg.join(*parts, sep=sep)


def render(text: Any, lang: str | None = None) -> str:
    """A ``Msg`` rendered in ``lang`` (default: the current language); anything else as ``str``."""
    if isinstance(text, Msg):
        return text.render(lang)
    return "" if text is None else str(text)


def _render(key: str, lang: str, params: dict[str, Any]) -> str:
    entry = CATALOGUE.get(key)
    if entry is None:
        raise KeyError(f"missing i18n key {key!r}")
    text = entry.get(lang) or entry[DEFAULT_LANG]
    if not params:
        return text
    return text.format(**{k: _render_param(v, lang) for k, v in params.items()})


def t(key: str, lang: str | None = None, **kwargs: Any) -> str:
    """The text for ``key`` in ``lang`` (default: the current language; falling back to bokmål), formatted with
    ``kwargs`` (a ``Msg`` argument is rendered in the same language)."""
    return _render(key, normalise_lang(lang) if lang else current_lang(), kwargs)


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _locale(lang: str | None) -> str:
    return LOCALES[normalise_lang(lang) if lang else current_lang()]


def fmt_int(value: float | int | None, lang: str | None = None) -> str:
    """A whole number as the language writes it: ``1 234 567`` (nb), ``1.234.567`` (da), ``1,234,567`` (en)."""
    if _missing(value):
        return "–"
    return _babel_decimal(round(value), locale=_locale(lang))  # type: ignore[arg-type]


def fmt_num(value: float | None, decimals: int = 1, lang: str | None = None) -> str:
    if _missing(value):
        return "–"
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return _babel_decimal(value, format=pattern, locale=_locale(lang))  # type: ignore[arg-type]


def fmt_pct(share: float | None, decimals: int = 1, lang: str | None = None) -> str:
    """A share (0..1) as a percentage: ``0.225`` -> ``22,5 %`` (nb/da) or ``22.5%`` (en)."""
    if _missing(share):
        return "–"
    loc = _locale(lang)
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "") + ("%" if loc == "en_GB" else "\u00a0%")
    return _babel_percent(share, format=pattern, locale=loc)  # type: ignore[arg-type]


def fmt_date(value: dt.date | dt.datetime | str | None, lang: str | None = None, fmt: str = "medium") -> str:
    """A date as the language writes it (``5. des. 2026``, ``5 Dec 2026``, ``5. dec. 2026``); ISO strings accepted."""
    if value is None or value == "":
        return "–"
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    return _babel_date(value, format=fmt, locale=_locale(lang))


def fmt_list(items: Iterable[Any], lang: str | None = None, style: str = "standard") -> str:
    """``["a", "b", "c"]`` -> ``a, b og c`` / ``a, b and c`` / ``a, b og c``."""
    shown = [render(i, lang) for i in items]
    return _babel_list(shown, style=style, locale=_locale(lang)) if shown else ""


def pct_suffix(lang: str | None = None) -> str:
    """What follows a percentage number: a no-break space and ``%`` in nb/da (``12,3 %``), ``%`` alone in en."""
    return "%" if _locale(lang) == "en_GB" else "\u00a0%"


def plotly_separators(lang: str | None = None) -> str:
    """Plotly's ``separators`` (decimal mark, then thousands mark) for the language, taken from Babel."""
    from babel.numbers import get_decimal_symbol, get_group_symbol

    loc = _locale(lang)
    return get_decimal_symbol(loc) + get_group_symbol(loc)


def area_key(key: str, country: str) -> str:
    """The catalogue key for a country's level between state and municipality: Norway's counties are Denmark's
    regions (``"col.county"`` -> ``"col.region"`` for ``dk``). The one place that rule lives."""
    return key.replace("county", "region") if country == "dk" else key
