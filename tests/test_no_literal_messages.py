"""Every user-facing message comes from the catalogue: a test that reads the code.

It walks the syntax tree of the application code and finds calls that put text in front of a user - refusals
(``AtlasError``/``Problem``/``_refuse``), report entries (``rep.error``/``rep.warn``), Streamlit text elements
(``st.error``, ``st.caption`` …) and command-line output (``sys.stdout.write`` …) - whose message is a string literal
or an f-string with words in it. Such a message would be shown in one language only. Messages must be a
``Msg("key", …)`` or ``t("key", lang, …)`` from :mod:`base.i18n`.

Not language, so allowed: literals without a word of three letters (``"✔"``, ``": "``, ``"\\n"``), and the
allow-listed words below (codes, units, file formats). Files that still hold literal messages are listed in
``REMAINING`` with their count; the count may only go down (the test fails when a file gains one).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ("base", "sources", "registers", "analytics", "cli", "ui", "app_pages")
WORD = re.compile(r"[A-Za-zÆØÅæøåÄÖäö]{3,}")
NOT_LANGUAGE = {"DEMO", "CSV", "XLSX", "JSON", "PNG", "sha256", "UTF", "MB", "KB", "ICNPO", "CVR", "DAWA", "SSB",
                "KLASS", "FOLK1A", "http", "https", "nan", "None",
                "FAULT", "POINT"}  # FAULT-POINT: the fault-injection hook's marker for tests, not a message

# calls whose first argument (or ``message=``) is shown to a user
REFUSALS = {"AtlasError", "Problem", "_refuse"}
MESSAGE_SECOND = {"_refuse"}  # _refuse(file_name, message, ...)
REPORT_METHODS = {"error", "warn"}  # rep.error(...), rep.warn(...) on validation reports
ST_TEXT = {"error", "warning", "info", "success", "caption", "header", "subheader", "title", "write", "button",
           "toast", "text", "checkbox", "radio", "selectbox", "multiselect", "toggle", "file_uploader",
           "download_button", "expander", "metric", "spinner", "progress", "status", "tabs", "page_link"}
WRITES = {("sys", "stdout"), ("sys", "stderr"), ("out",)}

# files that still hold literal messages, with how many (may only go down; delete a line when it reaches 0)
REMAINING: dict[str, int] = {}


def _literal_words(node: ast.AST) -> list[str]:
    """The words in the literal parts of a str constant, f-string, concatenation or conditional expression."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [w for w in WORD.findall(node.value) if w not in NOT_LANGUAGE]
    if isinstance(node, ast.JoinedStr):
        return [w for v in node.values if isinstance(v, ast.Constant) for w in _literal_words(v)]
    if isinstance(node, ast.BinOp):
        return _literal_words(node.left) + _literal_words(node.right)
    if isinstance(node, ast.IfExp):
        return _literal_words(node.body) + _literal_words(node.orelse)
    return []


def _message_arg(call: ast.Call) -> ast.AST | None:
    for kw in call.keywords:
        if kw.arg in ("message", "label", "body", "text"):
            return kw.value
    f = call.func
    position = 1 if (f.id if isinstance(f, ast.Name) else getattr(f, "attr", "")) in MESSAGE_SECOND else 0
    return call.args[position] if len(call.args) > position else None


def _is_user_text_call(call: ast.Call) -> bool:
    f = call.func
    if isinstance(f, ast.Name):
        return f.id in REFUSALS
    if not isinstance(f, ast.Attribute):
        return False
    owner = f.value
    if f.attr in REFUSALS:
        return True
    if f.attr in REPORT_METHODS and isinstance(owner, ast.Name) and owner.id in ("rep", "report", "self"):
        return True
    if isinstance(owner, ast.Name) and owner.id == "st" and f.attr in ST_TEXT:
        return True
    if f.attr == "write":
        if isinstance(owner, ast.Attribute) and isinstance(owner.value, ast.Name):
            return (owner.value.id, owner.attr) in WRITES
        if isinstance(owner, ast.Name):
            return (owner.id,) in WRITES
    return False


def literal_messages(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _is_user_text_call(node):
            arg = _message_arg(node)
            words = _literal_words(arg) if arg is not None else []
            if words:
                found.append((node.lineno, " ".join(words[:6])))
    return found


def _code_files() -> list[Path]:
    files = [ROOT / "app.py"]
    for folder in FOLDERS:
        files += sorted((ROOT / folder).rglob("*.py"))
    return [f for f in files if f.exists()]


def test_the_scanner_finds_a_literal_refusal_and_accepts_a_catalogue_one(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text('raise AtlasError(f"Filen {name} er tom.", file=name)\nst.error("Noe gikk galt")\n'
                   'rep.warn("Raden er tom", row=3)\nsys.stderr.write(f"Merk: {m}\\n")\n'
                   'raise _refuse(name, "Filen er et bilde" if renamed else Msg("table.json"))\n', encoding="utf-8")
    good = tmp_path / "good.py"
    good.write_text('raise AtlasError(Msg("table.empty"), file=name)\nst.error(t("import.refused", lang))\n'
                    'st.write("✔")\nsys.stdout.write(t("cli.out.dry_run") + "\\n")\n', encoding="utf-8")
    assert [line for line, _ in literal_messages(bad)] == [1, 2, 3, 4, 5]
    assert literal_messages(good) == []


def test_no_user_facing_literal_outside_the_catalogue() -> None:
    grown = {}
    counts = {}
    for path in _code_files():
        rel = str(path.relative_to(ROOT))
        found = literal_messages(path)
        if found:
            counts[rel] = len(found)
        if len(found) > REMAINING.get(rel, 0):
            grown[rel] = found
    assert grown == {}, "user-facing literals (use Msg/t and a catalogue key): " + repr(grown)
