"""The core never imports Qt: it runs the CLI with no display and is tested without it."""

import subprocess
import sys


def test_importing_and_running_the_core_loads_no_qt():
    code = ("import sys; from mediakit.core.analyse import default_release; default_release();"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'qtpy', 'qtawesome'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "[]"


def test_each_part_of_the_core_imports_on_its_own():
    """Each package of the core can be imported first (a test module or a tool may start with
    any of them): no import cycle that only the analyser's order hides."""
    from pathlib import Path

    import mediakit.core

    root = Path(mediakit.core.__file__).parent
    parts = sorted(p.name for p in root.iterdir() if (p / "__init__.py").is_file())
    assert {"contacts", "structure", "figures", "quotes"} <= set(parts)
    code = "import importlib, sys\nfor name in sys.argv[1:]:\n    importlib.import_module('mediakit.core.' + name)\n"
    for name in parts:
        result = subprocess.run([sys.executable, "-c", code, name], capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, f"{name}: {result.stderr[-500:]}"


def test_the_core_imports_typing_only_for_mypy():
    """``typing`` costs ``--json`` 2 ms (mediakit/core/__init__.py): a core module may name it
    only under ``if TYPE_CHECKING:``; ``prefetch``'s ``NamedTuple`` is the one run-time use."""
    import ast
    from pathlib import Path

    import mediakit.core

    def runtime_imports(body: list[ast.stmt]) -> list[str]:
        found = []
        for node in body:
            if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
                found += runtime_imports(node.orelse)
            elif isinstance(node, (ast.Import, ast.ImportFrom)) and "typing" in (
                    [node.module] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]):
                found.append(f"line {node.lineno}")
            elif isinstance(node, (ast.If, ast.Try, ast.FunctionDef, ast.ClassDef)):
                found += runtime_imports(getattr(node, "body", []) + getattr(node, "orelse", []))
        return found

    root = Path(mediakit.core.__file__).parent
    offenders = {str(p.relative_to(root)): hits for p in sorted(root.rglob("*.py"))
                 if (hits := runtime_imports(ast.parse(p.read_text(encoding="utf-8")).body))}
    assert sorted(offenders) == ["prefetch.py"], offenders
