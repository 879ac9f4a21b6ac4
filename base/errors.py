"""User-facing errors: one exception type carrying a plain message and where the problem is.

Every refusal a user can cause (bad file, unknown municipality, damaged register, locked store) raises
:class:`AtlasError`. The command line prints ``str(err)`` on stderr and exits with code 2; pages show it with
``st.error``. Nothing else should reach a user as a traceback.

The message is a :class:`~base.i18n.Msg` (a catalogue key with parameters), so it is rendered late, in the
language of whoever reads it: ``err.render("da")``, or ``str(err)`` in the current language (the session's on a
page, ``--lang`` on the command line). The words for file, row, column and value come from the catalogue too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from base.i18n import Msg, current_lang, normalise_lang, render, t

MAX_LISTED = 50  # problems listed under a refusal; the rest are counted


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
            parts.append(t("err.where.file", lang, file=self.file))
        if self.row is not None:
            parts.append(t("err.where.row", lang, row=self.row))
        if self.column:
            parts.append(t("err.where.column", lang, column=self.column))
        if self.value is not None:
            shown = self.value if len(self.value) <= 80 else self.value[:77] + "..."
            parts.append(t("err.where.value", lang, value=shown))
        return ", ".join(parts)

    def text(self, lang: str | None = None) -> str:
        """The message alone, in ``lang`` (default: the current language)."""
        return render(self.message, lang)

    def render(self, lang: str | None = None) -> str:
        """Where and what, in ``lang``: ``fil «a.csv», rad 3, kolonne «Kommune», verdi «Oslo»: …``."""
        where = self.location(lang)
        message = self.text(lang)
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
