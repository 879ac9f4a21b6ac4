"""User-facing errors: one exception type carrying a plain message and where the problem is.

Every refusal a user can cause (bad file, unknown municipality, damaged register, locked store) raises
:class:`AtlasError`. The command line prints ``str(err)`` on stderr and exits with code 2; pages show it with
``st.error``. Nothing else should reach a user as a traceback.

The message is a :class:`~base.i18n.Msg` (a catalogue key with parameters), so it is rendered late, in the
language of whoever reads it: ``err.render("da")``, or ``str(err)`` in the current language (the session's on a
page, ``--lang`` on the command line). The words for file, row, column and value come from the catalogue too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from base.i18n import Msg, current_lang, normalise_lang, render, t

MAX_LISTED = 50  # problems listed under a refusal; the rest are counted

# C0 and C1 control characters, DEL, and the bidirectional overrides/isolates that can reorder what a terminal or a
# page shows; a file name or a cell holding them is shown with each one written out as an escape (``\x1b``).
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def escape_controls(text: str, keep_newlines: bool = False) -> str:
    r"""``text`` with every control character written as a visible escape (``\x1b``, ``\n``, ``\u202e``), so a
    file name or a cell can never move the cursor, recolour a terminal, reorder text or start a new line."""

    def sub(m: re.Match[str]) -> str:
        c = m.group(0)
        if keep_newlines and c == "\n":
            return c
        return c.encode("unicode_escape").decode("ascii") if ord(c) < 0x100 else f"\\u{ord(c):04x}"

    return _CONTROLS.sub(sub, text)


def excerpt(text: object, limit: int = 60) -> str:
    """A short, escaped excerpt of outside text for a message: at most ``limit`` characters, controls escaped."""
    s = str(text)
    if len(s) > limit:
        s = s[: limit - 1] + "…"
    return escape_controls(s)


@dataclass
class Problem:
    """One problem found while validating input: what is wrong and where (file, row, column, value)."""

    message: str  # a Msg (catalogue key + parameters); plain text only for text that is not language
    file: str | None = None
    row: int | None = None
    column: str | None = None
    value: str | None = None
    severity: str = "error"  # "error" refuses the input; "warning" is reported but accepted

    def location(self, lang: str | None = None) -> str:
        lang = normalise_lang(lang) if lang else current_lang()
        parts = []
        if self.file:
            parts.append(t("err.where.file", lang, file=excerpt(self.file, 160)))
        if self.row is not None:
            parts.append(t("err.where.row", lang, row=self.row))
        if self.column:
            parts.append(t("err.where.column", lang, column=excerpt(self.column, 80)))
        if self.value is not None:
            parts.append(t("err.where.value", lang, value=excerpt(self.value, 80)))
        return ", ".join(parts)

    def text(self, lang: str | None = None) -> str:
        """The message alone, in ``lang`` (default: the current language)."""
        return render(self.message, lang)

    def render(self, lang: str | None = None) -> str:
        """Where and what, in ``lang``: ``fil «a.csv», rad 3, kolonne «Kommune», verdi «Oslo»: …``."""
        where = self.location(lang)
        message = escape_controls(self.text(lang), keep_newlines=True)  # a file's text may sit in the message
        return f"{where}: {message}" if where else message

    def __str__(self) -> str:
        return self.render()


@dataclass
class AtlasError(Exception):
    """A refusal with a plain-language message. ``problems`` lists every problem when there are several."""

    message: str  # a Msg (catalogue key + parameters)
    problems: list[Problem] = field(default_factory=list)
    file: str | None = None
    row: int | None = None
    column: str | None = None
    value: str | None = None

    def __post_init__(self) -> None:
        super().__init__(self.message)

    def render(self, lang: str | None = None) -> str:
        """The refusal and its listed problems, in ``lang`` (default: the current language)."""
        head = Problem(self.message, self.file, self.row, self.column, self.value).render(lang)
        errors = [p for p in self.problems if p.severity == "error"]
        if not errors:
            return head
        lines = [head] + [f"  - {p.render(lang)}" for p in errors[:MAX_LISTED]]
        if len(errors) > MAX_LISTED:
            lines.append(render(Msg("err.more_problems", n=len(errors) - MAX_LISTED), lang))
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.render()
