"""User-facing errors: one exception type carrying a plain message and where the problem is.

Every refusal a user can cause (bad file, unknown municipality, damaged register, locked store) raises
:class:`AtlasError`. The command line prints ``str(err)`` on stderr and exits with code 2; pages show it with
``st.error``. Nothing else should reach a user as a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Problem:
    """One problem found while validating input: what is wrong and where (file, row, column, value)."""

    message: str
    file: str | None = None
    row: int | None = None
    column: str | None = None
    value: str | None = None
    severity: str = "error"  # "error" refuses the input; "warning" is reported but accepted

    def location(self) -> str:
        parts = []
        if self.file:
            parts.append(f"fil «{self.file}»")
        if self.row is not None:
            parts.append(f"rad {self.row}")
        if self.column:
            parts.append(f"kolonne «{self.column}»")
        if self.value is not None:
            shown = self.value if len(self.value) <= 80 else self.value[:77] + "..."
            parts.append(f"verdi «{shown}»")
        return ", ".join(parts)

    def __str__(self) -> str:
        where = self.location()
        return f"{where}: {self.message}" if where else self.message


@dataclass
class AtlasError(Exception):
    """A refusal with a plain-language message. ``problems`` lists every problem when there are several."""

    message: str
    problems: list[Problem] = field(default_factory=list)
    file: str | None = None
    row: int | None = None
    column: str | None = None
    value: str | None = None

    def __post_init__(self) -> None:
        super().__init__(self.message)

    def __str__(self) -> str:
        head = str(Problem(self.message, self.file, self.row, self.column, self.value))
        errors = [p for p in self.problems if p.severity == "error"]
        if not errors:
            return head
        lines = [head] + [f"  - {p}" for p in errors[:50]]
        if len(errors) > 50:
            lines.append(f"  ... og {len(errors) - 50} problemer til")
        return "\n".join(lines)
