"""simulator/ is the model layer: it never imports Qt or matplotlib (the GUI imports it, not the reverse)."""

from __future__ import annotations

import ast
import subprocess
import sys

from tests.helpers import ROOT

FORBIDDEN = ("PySide6", "matplotlib", "gui")
# The command line opens the GUI and writes the PDF report through lazy imports inside those commands.
ALLOWED = {("cli.py", "gui.app"), ("cli_decision.py", "gui.report")}


def test_simulator_sources_do_not_import_gui_libraries() -> None:
    for path in (ROOT / "simulator").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] not in FORBIDDEN or (path.name, name) in ALLOWED, \
                    f"{path.name} imports {name}"


def test_importing_the_model_loads_no_gui_library() -> None:
    code = ("import sys, simulator, simulator.cli, simulator.runner, simulator.report_format; "
            "print([m for m in sys.modules if m.split('.')[0] in ('PySide6', 'matplotlib')])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"
