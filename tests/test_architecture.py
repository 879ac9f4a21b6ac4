"""The folders read as the flow, and the imports keep it so.

base <- sources <- registers <- analytics <- ui <- app_pages; the command line (cli) reaches registers and
analytics. Every import counts, including those inside functions (that is where the old cycles hid).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAYERS = ("base", "sources", "registers", "analytics", "ui", "app_pages")
PACKAGES = (*LAYERS, "cli")
# What each package may import from the project (besides itself).
ALLOWED: dict[str, set[str]] = {name: set(LAYERS[:i]) for i, name in enumerate(LAYERS)}
ALLOWED["cli"] = {"base", "registers", "analytics"}
ALLOWED["app"] = {"base", "ui", "app_pages"}
# ``python -m analytics`` is the command line's entry point: the one module of analytics that may import cli.
ENTRY_POINTS = {"analytics.__main__": {"cli"}}
READS_FILES = ("open", "read_bytes", "read_text", "write_bytes", "write_text", "environ", "getenv")


def _modules() -> Iterator[tuple[str, Path]]:
    yield "app", ROOT / "app.py"
    for pkg in PACKAGES:
        for path in sorted((ROOT / pkg).rglob("*.py")):
            rel = path.relative_to(ROOT).with_suffix("")
            parts = list(rel.parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            yield ".".join(parts), path


def _imports(path: Path) -> Iterator[tuple[str, int]]:
    """Every imported module name (absolute), top level or inside functions, with its line."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module, node.lineno
            for alias in node.names:  # "from registers import policies" imports registers.policies
                yield f"{node.module}.{alias.name}", node.lineno


MODULES = dict(_modules())


def _project_target(name: str) -> str | None:
    """The project module ``name`` refers to (longest known prefix), or None for a third-party module."""
    parts = name.split(".")
    for n in range(len(parts), 0, -1):
        candidate = ".".join(parts[:n])
        if candidate in MODULES:
            return candidate
    return None


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {m: set() for m in MODULES}
    for module, path in MODULES.items():
        for name, _line in _imports(path):
            target = _project_target(name)
            if target and target != module and not module.startswith(target + "."):
                graph[module].add(target)
    return graph


def test_every_import_points_down_the_flow():
    wrong = []
    for module, path in MODULES.items():
        pkg = module.split(".")[0]
        allowed = ALLOWED[pkg] | {pkg} | ENTRY_POINTS.get(module, set())
        for name, line in _imports(path):
            target = _project_target(name)
            if target and target.split(".")[0] not in allowed:
                wrong.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    assert not wrong, "imports against the flow:\n" + "\n".join(wrong)


def test_no_module_imports_itself_back_through_another():
    graph = _graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    assert not cycles, f"import cycles: {cycles}"


def test_analytics_is_pure_no_streamlit_store_source_reader_or_files():
    wrong = []
    for module, path in MODULES.items():
        if not module.startswith("analytics") or module in ENTRY_POINTS:
            continue
        for name, line in _imports(path):
            if name.split(".")[0] in ("streamlit", "sources", "os") or name.startswith("registers.store"):
                wrong.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            called = node.func if isinstance(node, ast.Call) else None
            word = (called.id if isinstance(called, ast.Name) else called.attr if isinstance(called, ast.Attribute)
                    else node.attr if isinstance(node, ast.Attribute) else None)
            if word in READS_FILES:
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno} uses {word}")
    assert not wrong, "analytics must stay pure:\n" + "\n".join(wrong)


def test_a_page_never_imports_a_source_reader():
    wrong = [f"{MODULES[m].relative_to(ROOT)}:{line} imports {name}"
             for m in MODULES if m.startswith("app_pages")
             for name, line in _imports(MODULES[m]) if name.split(".")[0] == "sources"]
    assert not wrong, "\n".join(wrong)


def test_there_is_no_top_level_pages_folder():
    # Streamlit 1.67 runs a ``pages/`` folder beside app.py in its legacy multipage mode until st.navigation first
    # runs (runtime/pages_manager.py); the page scripts live in app_pages/.
    assert not (ROOT / "pages").exists()


def test_the_rule_test_sees_imports_inside_functions(tmp_path: Path):
    sample = tmp_path / "m.py"
    sample.write_text("def f():\n    from registers import store\n    import sources.brreg\n")
    assert {n for n, _ in _imports(sample)} >= {"registers", "registers.store", "sources.brreg"}
