"""The shape of the code: no import circles, no Qt in the core, modules of a readable size,
every public function of the core documented, and the app on the core's public API only.

These read the source (with ``ast``); they import nothing from FieldMon.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("fieldmon", "ui")
MAX_LINES = 500
MAX_FACADE_LINES = 300
QT_MODULES = ("PySide6", "PySide2", "PyQt5", "PyQt6", "shiboken6", "qtpy")


def _modules(root: Path, packages: tuple[str, ...] = PACKAGES) -> dict[str, Path]:
    found = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found[name] = path
    return found


def _runtime_imports(tree: ast.Module) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import that runs, at any depth (inside functions too: a lazy import still makes
    a circle), except those under ``if TYPE_CHECKING:``, which never run."""

    def walk(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                for other in child.orelse:
                    yield from walk(other)
                continue
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                yield child
            yield from walk(child)

    yield from walk(tree)


def import_graph(root: Path, packages: tuple[str, ...] = PACKAGES) -> dict[str, set[str]]:
    """Module -> the modules of ``packages`` it imports. ``from pkg import sub`` points at the
    submodule; ``from pkg import name`` at the package's ``__init__``."""
    modules = _modules(root, packages)
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in _runtime_imports(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = node.module or ""
                if node.level:
                    parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*parent, base] if base else parent)
                targets = []
                for alias in node.names:
                    sub = f"{base}.{alias.name}"
                    targets.append(sub if sub in modules else base)
            graph[name].update(t for t in targets if t in modules and t != name)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The import circles: strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_cycle_finder_finds_a_lazy_circle_and_ignores_type_only_imports(
    tmp_path: Path,
) -> None:
    package = tmp_path / "fieldmon"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from fieldmon import b\n")
    (package / "b.py").write_text("def f():\n    from fieldmon.a import thing\n")
    (package / "c.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from fieldmon import a\n"
    )
    (package / "d.py").write_text("from . import c\n")
    graph = import_graph(tmp_path, ("fieldmon",))
    assert cycles(graph) == [["fieldmon.a", "fieldmon.b"]]
    assert graph["fieldmon.c"] == set()
    assert graph["fieldmon.d"] == {"fieldmon.c"}


def test_no_import_circles_in_the_core_or_the_app() -> None:
    assert cycles(import_graph(ROOT)) == []


def test_the_core_never_imports_qt() -> None:
    offenders = []
    for name, path in _modules(ROOT, ("fieldmon",)).items():
        for node in _runtime_imports(ast.parse(path.read_text(encoding="utf-8"))):
            targets = (
                [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module]
            )
            if any(t and t.split(".")[0] in QT_MODULES for t in targets):
                offenders.append(f"{name}:{node.lineno}")
    assert offenders == []


def test_modules_stay_a_readable_size() -> None:
    sizes = {
        str(path.relative_to(ROOT)): len(path.read_text(encoding="utf-8").splitlines())
        for path in _modules(ROOT, ("fieldmon",)).values()
    }
    assert {p: n for p, n in sizes.items() if n > MAX_LINES} == {}
    assert sizes["fieldmon/vault/store.py"] < MAX_FACADE_LINES


def _public_definitions(tree: ast.Module) -> Iterator[ast.FunctionDef | ast.ClassDef]:
    def walk(body: list[ast.stmt]) -> Iterator[ast.FunctionDef | ast.ClassDef]:
        for node in body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and not node.name.startswith("_"):
                yield node
                if isinstance(node, ast.ClassDef):
                    yield from walk(node.body)

    yield from walk(tree.body)


def test_every_public_function_and_class_of_the_core_has_a_docstring() -> None:
    missing = [
        f"{path.relative_to(ROOT)}:{node.lineno} {node.name}"
        for path in _modules(ROOT, ("fieldmon",)).values()
        for node in _public_definitions(ast.parse(path.read_text(encoding="utf-8")))
        if not ast.get_docstring(node)
    ]
    assert missing == []


@pytest.mark.parametrize(
    "package", sorted({p.parent for p in (ROOT / "fieldmon").rglob("__init__.py")})
)
def test_every_core_package_names_its_public_surface(package: Path) -> None:
    tree = ast.parse((package / "__init__.py").read_text(encoding="utf-8"))
    names = [
        target.id
        for node in tree.body
        if isinstance(node, (ast.Assign, ast.AnnAssign))
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name)
    ]
    assert "__all__" in names, f"{package.relative_to(ROOT)}/__init__.py has no __all__"


def test_the_app_uses_the_vaults_public_api_only() -> None:
    """No ``vault.conn`` and no ``vault._private`` in ui/: rules and SQL stay in the core."""
    offenders = []
    for name, path in _modules(ROOT, ("ui",)).items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Attribute):
                continue
            owner = ast.unparse(node.value)
            if owner.split(".")[-1] in ("vault", "_vault") and (
                node.attr == "conn" or node.attr.startswith("_")
            ):
                offenders.append(f"{name}:{node.lineno} {owner}.{node.attr}")
    assert offenders == []
